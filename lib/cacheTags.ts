import type { CollectionSlug, GlobalSlug } from 'payload'
import type { Locale } from '@/i18n/locales'

// The one place cache tags are named. Reader queries tag with these (lib/content), the
// revalidation hooks clear them (hooks/revalidate*), so the two cannot drift apart.
export const tags = {
  // One document's content in every locale, and everything rendered from it.
  document: (collection: CollectionSlug, id: number | string) => `doc:${collection}:${id}`,
  // Which document answers to a slug. A slug that matched nothing is cached too, so creating
  // a document (or renaming one to that slug) must clear it.
  slug: (collection: CollectionSlug, locale: Locale, slug: string) => `slug:${collection}:${locale}:${slug}`,
  // Lists of a collection: the home page's dialogues, the sitemap.
  list: (collection: CollectionSlug) => `list:${collection}`,
  // A dialogue's sessions (the upcoming/past list).
  sessionsOf: (dialogueId: number | string) => `sessions-of:${dialogueId}`,
  global: (slug: GlobalSlug) => `global:${slug}`,
  // Interface strings edited in the admin (collections/InterfaceStrings), per locale.
  interfaceStrings: (locale: Locale) => `strings:${locale}`,
}
