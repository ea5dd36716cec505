import type { CollectionSlug, Payload, Where } from 'payload'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { SluggedCollection } from './slugs'

// Reader queries see what the public may see: access applies (overrideAccess: false), so
// drafts never show; a list is never cut at Payload's default of ten documents.
//
// Where a collection publishes each locale on its own (`localizeStatus`,
// collections/editorialVersions.ts), a document not published in the reader's locale is shown
// in German — as if it had no translation, and marked so (./untranslated).
export const publishesPerLocale = (payload: Payload, collection: CollectionSlug): boolean => {
  const versions = payload.collections[collection]?.config.versions
  return Boolean(versions && typeof versions.drafts === 'object' && versions.drafts.localizeStatus)
}

const germanInstead = (payload: Payload, collection: CollectionSlug, locale: Locale) =>
  locale !== defaultLocale && publishesPerLocale(payload, collection)

// One document and what it points to (depth 1). No joins: a page asks for the documents it
// lists itself (only what it shows, in its order).
export async function findPublished<T>(payload: Payload, collection: SluggedCollection, id: number, locale: Locale): Promise<T | null> {
  // `joins: false` is valid for every collection; Payload's type takes it for one slug only.
  const read = (inLocale: Locale) =>
    payload.findByID({ collection, id, locale: inLocale, overrideAccess: false, disableErrors: true, depth: 1, joins: false as never })
  const doc = (await read(locale)) ?? (germanInstead(payload, collection, locale) ? await read(defaultLocale) : null)
  return doc as T | null
}

// Documents without their relations populated (depth 0), with only the fields the page shows.
// Those published in German only join the reader's locale's list in German, in the list's order.
export async function listPublished<T>(
  payload: Payload,
  collection: CollectionSlug,
  locale: Locale,
  options: { select: Record<string, true>; where?: Where; sort?: string },
): Promise<T[]> {
  const list = async (inLocale: Locale, where?: Where) =>
    (await payload.find({ collection, locale: inLocale, overrideAccess: false, depth: 0, pagination: false, ...options, where })).docs as unknown as (T & {
      id: number
    })[]
  const own = await list(locale, options.where)
  if (!germanInstead(payload, collection, locale)) return own
  const notOwn: Where = { id: { not_in: own.map((doc) => doc.id) } }
  const german = await list(defaultLocale, options.where ? { and: [options.where, notOwn] } : notOwn)
  if (german.length === 0) return own
  return sortLike([...own, ...german], options.sort)
}

// Payload's sort of one field ("title", "-startsAt"), for documents read in two locales.
function sortLike<T>(docs: T[], sort: string | undefined): T[] {
  if (!sort) return docs
  const descending = sort.startsWith('-')
  const field = descending ? sort.slice(1) : sort
  const value = (doc: T) => (doc as Record<string, unknown>)[field]
  return [...docs].sort((a, b) => {
    const [x, y] = [value(a), value(b)]
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''))
    return descending ? -order : order
  })
}

// Documents a page names beside its own (a dialogue's partners, a session's topics and
// institutions), as its depth-1 read gave them: one not published in the reader's locale comes
// back as its id only, and is read in German instead — as in lists — in the same order. One
// published nowhere stays out.
export async function publishedRelations<T extends { id: number }>(
  payload: Payload,
  collection: CollectionSlug,
  items: (number | T | null | undefined)[] | null | undefined,
  locale: Locale,
): Promise<T[]> {
  const present = (items ?? []).filter((item): item is number | T => item !== null && item !== undefined)
  const missing = present.filter((item): item is number => typeof item === 'number')
  const german =
    missing.length > 0 && germanInstead(payload, collection, locale)
      ? ((
          await payload.find({
            collection,
            where: { id: { in: missing } },
            locale: defaultLocale,
            overrideAccess: false,
            depth: 1,
            pagination: false,
            joins: false as never,
          })
        ).docs as unknown as T[])
      : []
  const germanById = new Map(german.map((doc) => [doc.id, doc]))
  return present.flatMap((item) => {
    const doc = typeof item === 'number' ? germanById.get(item) : item
    return doc ? [doc] : []
  })
}
