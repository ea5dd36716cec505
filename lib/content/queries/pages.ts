import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { findPublished } from './published'
import { findUntranslatedFields } from './untranslated'

export interface LegalPage {
  page: Page
  untranslated: string[]
}

export const pageLocalizedFields = ['title', 'summary', 'body', 'meta'] as const

export async function findLegalPage(payload: Payload, locale: Locale, id: number): Promise<LegalPage | null> {
  const page = await findPublished<Page>(payload, 'pages', id, locale)
  if (!page) return null
  return legalPageOf(payload, locale, page, findUntranslatedFields(payload, 'pages', id, locale, pageLocalizedFields))
}

// The page read at depth 1 — the published one, or a draft in the admin's preview (lib/preview).
export async function legalPageOf(payload: Payload, locale: Locale, page: Page, untranslatedFields: Promise<string[]>): Promise<LegalPage> {
  const [withTracks, untranslated] = await Promise.all([withCaptionTracks(payload, page, locale), untranslatedFields])
  return { page: withTracks, untranslated }
}

// The DGS page's films come at depth 1 with their caption track as an id; the player needs the
// track's address, so the films are read once more with it (depth 1 from the film).
async function withCaptionTracks(payload: Payload, page: Page, locale: Locale): Promise<Page> {
  const explanations = page.explanations
  if (page.key !== 'sign-language' || !explanations) return page
  const sections = Object.values(explanations)
  const ids = sections.flatMap((section) => (typeof section?.video === 'object' && section.video ? [section.video.id] : []))
  if (ids.length === 0) return page
  const { docs } = await payload.find({ collection: 'media', where: { id: { in: ids } }, locale, depth: 1, pagination: false, overrideAccess: false })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const withTrack = Object.fromEntries(
    Object.entries(explanations).map(([name, section]) => {
      const video = typeof section?.video === 'object' && section.video ? (byId.get(section.video.id) ?? section.video) : section?.video
      return [name, { ...section, video }]
    }),
  )
  return { ...page, explanations: withTrack as Page['explanations'] }
}
// The published page that holds a fixed place (the accessibility statement, Leichte Sprache …),
// by its slug in this locale: the pages link to each other without knowing their ids.
export async function findPageSlugByKey(payload: Payload, locale: Locale, key: NonNullable<Page['key']>): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { key: { equals: key } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
    overrideAccess: false,
  })
  return docs[0]?.slug ?? null
}
