import type { Payload } from 'payload'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { Dialogue, Footer, Media, Navigation, Page, SiteSetting } from '@/payload-types'
import type { LinkSection } from '@/globals/linkFields'

export interface SiteLink {
  label: string
  href: string
  external: boolean
}

export interface SiteLogo {
  url: string
  alt: string
  width: number
  height: number
}

// What every reader page shows around its content: the site's and the ministry's identity,
// the main navigation and the footer, as editors set them in the three globals.
export interface SiteFrame {
  siteName: string | null
  ministryName: string | null
  logo: SiteLogo | null
  navigation: SiteLink[]
  footer: { links: SiteLink[]; note: string | null }
}

type LinkRow = NonNullable<Navigation['items']>[number]

const populated = <T>(value: number | T | null | undefined): T | null => (typeof value === 'object' && value !== null ? value : null)

function sectionHref(locale: Locale, section: LinkSection, dialogue: Dialogue | null): string | null {
  if (section === 'topics') return getPathname({ locale, href: '/topics' })
  if (section === 'stakeholders') return getPathname({ locale, href: '/stakeholders' })
  if (section === 'newsletter') return getPathname({ locale, href: '/newsletter' })
  // A dialogue that is not published (or has no slug in this locale) is not linked.
  if (!dialogue?.slug) return null
  const pathname = section === 'sessions' ? '/dialogues/[slug]/sessions' : '/dialogues/[slug]'
  return getPathname({ locale, href: { pathname, params: { slug: dialogue.slug } } })
}

// The first target that is set decides. Links to unpublished pages are left out: readers
// would only meet a 404 there.
export function resolveLink(locale: Locale, row: LinkRow): SiteLink | null {
  const page = populated<Page>(row.page)
  if (page?.slug) return { label: row.label, href: getPathname({ locale, href: { pathname: '/[page]', params: { page: page.slug } } }), external: false }
  if (row.section) {
    const href = sectionHref(locale, row.section, populated<Dialogue>(row.dialogue))
    return href ? { label: row.label, href, external: false } : null
  }
  if (row.url) return { label: row.label, href: row.url, external: true }
  return null
}

const resolveAll = (locale: Locale, rows: LinkRow[] | null | undefined) =>
  (rows ?? []).flatMap((row) => resolveLink(locale, row) ?? [])

function logoOf(settings: SiteSetting): SiteLogo | null {
  const media = populated<Media>(settings.logo)
  if (!media?.url || !media.mimeType?.startsWith('image/') || !media.width || !media.height) return null
  return { url: media.url, alt: media.alt, width: media.width, height: media.height }
}

export async function findSiteFrame(payload: Payload, locale: Locale): Promise<SiteFrame> {
  const read = { locale, overrideAccess: false, depth: 1 } as const
  const [settings, navigation, footer] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', ...read }) as Promise<SiteSetting>,
    payload.findGlobal({ slug: 'navigation', ...read }) as Promise<Navigation>,
    payload.findGlobal({ slug: 'footer', ...read }) as Promise<Footer>,
  ])
  return {
    siteName: settings.siteName ?? null,
    ministryName: settings.ministryName ?? null,
    logo: logoOf(settings),
    navigation: resolveAll(locale, navigation.items),
    footer: { links: resolveAll(locale, footer.links), note: footer.note ?? null },
  }
}

// While the database is away a page still needs its frame (the 404 page, the layout's footer).
export const emptySiteFrame: SiteFrame = { siteName: null, ministryName: null, logo: null, navigation: [], footer: { links: [], note: null } }
