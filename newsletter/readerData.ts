import type { Locale } from '../i18n/locales'
import { payloadClient } from '../lib/payloadClient'

// What the sign-up form shows: published data only, as the public sees it.

// Seeded slugs, used while the privacy page is unpublished or unreachable.
const fallbackPrivacySlug: Record<Locale, string> = { de: 'datenschutz', es: 'privacidad', en: 'privacy' }

export async function privacyPagePath(locale: Locale): Promise<string> {
  try {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'pages',
      where: { key: { equals: 'privacy' } },
      locale,
      depth: 0,
      limit: 1,
      select: { slug: true },
      overrideAccess: false,
    })
    const slug = (docs[0] as { slug?: string | null } | undefined)?.slug
    return `/${locale}/${slug || fallbackPrivacySlug[locale]}`
  } catch {
    return `/${locale}/${fallbackPrivacySlug[locale]}`
  }
}

export interface InterestOption {
  id: number
  title: string
}

export async function listInterestOptions(locale: Locale): Promise<InterestOption[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'workplan-areas',
    locale,
    depth: 0,
    limit: 50,
    sort: 'order',
    select: { title: true },
    overrideAccess: false,
  })
  return docs.map((area) => ({ id: area.id, title: area.title }))
}
