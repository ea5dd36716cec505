import { defineRouting } from 'next-intl/routing'
import { defaultLocale, locales } from './locales'

// Readers see addresses in their own language; the keys are the app/ folder names.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The middleware's Link headers would pair a page with the German slug in every locale;
  // each page states its real translations in <head> (lib/seo/pageMetadata.ts) instead.
  alternateLinks: false,
  // No NEXT_LOCALE cookie: the address carries the locale, the switcher is plain links, and a
  // Set-Cookie on a page response would keep shared caches (CDN) from storing it. "/" follows
  // Accept-Language.
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/dialogues/[slug]': { de: '/dialoge/[slug]', es: '/dialogos/[slug]', en: '/dialogues/[slug]' },
    '/dialogues/[slug]/sessions': {
      de: '/dialoge/[slug]/sitzungen',
      es: '/dialogos/[slug]/sesiones',
      en: '/dialogues/[slug]/sessions',
    },
    '/sessions/[slug]': { de: '/sitzungen/[slug]', es: '/sesiones/[slug]', en: '/sessions/[slug]' },
    '/topics': { de: '/themen', es: '/temas', en: '/topics' },
    '/topics/[slug]': { de: '/themen/[slug]', es: '/temas/[slug]', en: '/topics/[slug]' },
    '/stakeholders': { de: '/institutionen', es: '/instituciones', en: '/stakeholders' },
    '/stakeholders/[slug]': { de: '/institutionen/[slug]', es: '/instituciones/[slug]', en: '/stakeholders/[slug]' },
    '/newsletter': '/newsletter',
    // A reader's newsletter settings, opened from the link in every mail.
    '/newsletter/preferences': { de: '/newsletter/einstellungen', es: '/newsletter/preferencias', en: '/newsletter/preferences' },
    '/newsletter/archive': { de: '/newsletter/archiv', es: '/newsletter/archivo', en: '/newsletter/archive' },
    '/newsletter/archive/[issue]': { de: '/newsletter/archiv/[issue]', es: '/newsletter/archivo/[issue]', en: '/newsletter/archive/[issue]' },
    // The accessibility feedback form (BITV 2.0 § 7) and its answer (accessibility/links.ts).
    '/report-a-barrier': { de: '/barriere-melden', es: '/notificar-barrera', en: '/report-a-barrier' },
    '/report-a-barrier/thanks': {
      de: '/barriere-melden/danke',
      es: '/notificar-barrera/gracias',
      en: '/report-a-barrier/thanks',
    },
    // Legal and accessibility pages (Impressum, Datenschutz …) live at the top level.
    '/[page]': '/[page]',
  },
})

export type AppPathname = keyof typeof routing.pathnames
