import { locales, type Locale } from './locales'
import { routing } from './routing'

interface Rule {
  source: string
  destination: string
}

type Pathnames = Record<string, string | Partial<Record<Locale, string>>>

// next-intl's `[slug]` is next.config's `:slug`.
const pattern = (template: string) => template.replace(/\[(\w+)\]/g, ':$1')
const localized = (template: string | Partial<Record<Locale, string>>, locale: Locale, internal: string) =>
  typeof template === 'string' ? template : (template[locale] ?? internal)

// The localized addresses (/de/dialoge/mexiko) as rewrites onto the app/ folders
// (/de/dialogues/mexiko). They used to be the proxy's job (next-intl's middleware), which ran
// on every page request; as next.config rules the router applies them without running the
// proxy, so cached pages are served with less work. i18n/routing.ts stays the one source.
export function localizedRewrites(pathnames: Pathnames = routing.pathnames): Rule[] {
  return locales.flatMap((locale) =>
    Object.entries(pathnames).flatMap(([internal, template]) => {
      const own = localized(template, locale, internal)
      return own === internal ? [] : [{ source: `/${locale}${pattern(own)}`, destination: `/${locale}${pattern(internal)}` }]
    }),
  )
}

// Another locale's address, or the folder name, under a locale's prefix leads to that
// locale's own address (/es/dialoge/x → /es/dialogos/x), as the middleware did.
export function localizedRedirects(pathnames: Pathnames = routing.pathnames): (Rule & { permanent: false })[] {
  return locales.flatMap((locale) =>
    Object.entries(pathnames).flatMap(([internal, template]) => {
      const own = localized(template, locale, internal)
      const others = new Set([internal, ...locales.map((other) => localized(template, other, internal))])
      others.delete(own)
      return [...others].map((other) => ({
        source: `/${locale}${pattern(other)}`,
        destination: `/${locale}${pattern(own)}`,
        permanent: false as const,
      }))
    }),
  )
}
