import type { CollectionSlug, Payload, Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { SluggedCollection } from './slugs'

// Reader queries see what the public may see: access applies (overrideAccess: false), so
// drafts never show; a list is never cut at Payload's default of ten documents.

// One document and what it points to (depth 1). No joins: a page asks for the documents it
// lists itself (only what it shows, in its order).
export async function findPublished<T>(payload: Payload, collection: SluggedCollection, id: number, locale: Locale): Promise<T | null> {
  // `joins: false` is valid for every collection; Payload's type takes it for one slug only.
  const doc = await payload.findByID({ collection, id, locale, overrideAccess: false, disableErrors: true, depth: 1, joins: false as never })
  return doc as T | null
}

// Documents without their relations populated (depth 0), with only the fields the page shows.
export async function listPublished<T>(
  payload: Payload,
  collection: CollectionSlug,
  locale: Locale,
  options: { select: Record<string, true>; where?: Where; sort?: string },
): Promise<T[]> {
  const found = await payload.find({ collection, locale, overrideAccess: false, depth: 0, pagination: false, ...options })
  return found.docs as T[]
}
