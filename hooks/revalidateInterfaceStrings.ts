import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { isLocale, locales } from '../i18n/locales'
import { tags } from '../lib/cacheTags'
import { expireCacheTags } from './expireCacheTags'

// A saved string shows on the next request of every page in its locale.
export const revalidateInterfaceStringsOnChange: CollectionAfterChangeHook = ({ doc, req, context }) => {
  const affected = isLocale(req.locale) ? [req.locale] : locales
  expireCacheTags(affected.map(tags.interfaceStrings), req, context)
  return doc
}

export const revalidateInterfaceStringsOnDelete: CollectionAfterDeleteHook = ({ doc, req, context }) => {
  expireCacheTags(locales.map(tags.interfaceStrings), req, context)
  return doc
}
