import type { CollectionSlug } from 'payload'
import type { Locale } from '../locales'

// Where a translator fixes what the status names: the admin's own list and edit views.
export const adminLinks = {
  stringsToTranslate: (admin: string, locale: Locale) =>
    `${admin}/collections/interface-strings?locale=${locale}&where[or][0][value][exists]=false&where[or][1][needsReview][equals]=true`,
  document: (admin: string, collection: CollectionSlug, id: number, locale: Locale) =>
    `${admin}/collections/${collection}/${id}?locale=${locale}`,
}
