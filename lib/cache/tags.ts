import type { CollectionSlug, GlobalSlug } from 'payload'
import type { Locale } from '@/i18n/locales'

// The one place cache tags are named. Reader queries tag with these (lib/content/reader.ts);
// a save expires them (lib/cache/expiredBy.ts, from the relation graph), so the two cannot
// drift apart. Each tag names the document or collection whose save expires it.
export const tags = {
  // One document's content in every locale, and everything rendered from it.
  document: (collection: CollectionSlug, id: number | string) => `doc:${collection}:${id}`,
  // Which document answers to a slug. A slug that matched nothing is cached too, so creating
  // a document (or renaming one to that slug) must clear it.
  slug: (collection: CollectionSlug, locale: Locale, slug: string) => `slug:${collection}:${locale}:${slug}`,
  // Lists of a collection (the home page's dialogues, the sitemap); with a locale, a list
  // that shows only localized fields, so that a save in one language leaves the others.
  list: (collection: CollectionSlug, locale?: Locale) => (locale ? `list:${collection}:${locale}` : `list:${collection}`),
  global: (slug: GlobalSlug) => `global:${slug}`,
}

export type NamedByTag =
  | { kind: 'document'; collection: CollectionSlug; id: string }
  | { kind: 'slug'; collection: CollectionSlug; locale: Locale; slug: string }
  | { kind: 'list'; collection: CollectionSlug; locale?: Locale }
  | { kind: 'global'; slug: GlobalSlug }

// What a tag names, read back from it: the tests find the document whose save must expire it.
export function namedByTag(tag: string): NamedByTag {
  const [kind, first, second, third] = tag.split(':')
  if (kind === 'doc') return { kind: 'document', collection: first as CollectionSlug, id: second }
  if (kind === 'slug') return { kind: 'slug', collection: first as CollectionSlug, locale: second as Locale, slug: third }
  if (kind === 'list') return { kind: 'list', collection: first as CollectionSlug, locale: second as Locale | undefined }
  if (kind === 'global') return { kind: 'global', slug: first as GlobalSlug }
  throw new Error(`not a tag of lib/cache/tags: ${tag}`)
}
