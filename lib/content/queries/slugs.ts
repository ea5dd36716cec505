import type { Payload } from 'payload'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { slugMaxLength, slugPattern } from '@/lib/slugify'
import { publishesPerLocale } from './published'

export type SluggedCollection = 'dialogues' | 'sessions' | 'topics' | 'stakeholders' | 'pages' | 'workplan-areas'
export type SlugsByLocale = Partial<Record<Locale, string>>

// The published document a reader's address points to. Payload's queries never fall back
// (payload#3294), so an address carrying the German slug of an untranslated document is
// tried in German as well: the language switcher links such documents that way.
export async function findIdBySlug(
  payload: Payload,
  collection: SluggedCollection,
  locale: Locale,
  slug: string,
): Promise<number | null> {
  // No document has a slug of another shape (fields/slug.ts refuses it), and one with a NUL in
  // it made PostgreSQL fail the query: the address is simply not found.
  if (slug.length > slugMaxLength || !slugPattern.test(slug)) return null
  for (const tryLocale of locale === defaultLocale ? [locale] : [locale, defaultLocale]) {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      locale: tryLocale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })
    const doc = found.docs[0] as { id: number } | undefined
    if (doc) return doc.id
  }
  return null
}

// A document's slug in every locale, for the language switcher, hreflang and the sitemap.
// A locale without its own slug gets the German one (its page then shows the German text).
export async function findSlugs(payload: Payload, collection: SluggedCollection, id: number): Promise<SlugsByLocale> {
  const doc = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    select: { slug: true },
  })) as { slug?: SlugsByLocale | null } | null
  return completeSlugs(doc?.slug ?? {})
}

export function completeSlugs(slugs: SlugsByLocale): SlugsByLocale {
  const complete: SlugsByLocale = {}
  for (const locale of locales) {
    const slug = slugs[locale] || slugs[defaultLocale]
    if (slug) complete[locale] = slug
  }
  return complete
}

// The locales a document is published in: only those get an hreflang and a sitemap entry.
// Collections that publish all locales at once are published in all of them.
export async function findPublishedLocales(payload: Payload, collection: SluggedCollection, id: number): Promise<Locale[]> {
  const doc = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    select: { slug: true, ...(publishesPerLocale(payload, collection) ? { _status: true } : {}) },
  })) as { _status?: unknown } | null
  return doc ? publishedIn(doc._status) : []
}

export function publishedIn(status: unknown): Locale[] {
  if (status == null || typeof status === 'string') return [...locales]
  return locales.filter((locale) => (status as Partial<Record<Locale, string>>)[locale] === 'published')
}
