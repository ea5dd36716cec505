import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, GlobalSlug, PayloadRequest } from 'payload'
import { isLocale, locales } from '../i18n/locales'
import { expiredByDocument, expiredByGlobal } from '../lib/cache/expiredBy'
import { shownToReaders } from '../lib/cache/shownToReaders'
import { expireCacheTags } from './expireCacheTags'

type Doc = Record<string, unknown> & { id: number | string; _status?: string }

// A save in one locale touches that locale's text (and any field that is not localized); a
// save without a locale, or a delete, may touch all.
const touchedLocales = (req: PayloadRequest) => (isLocale(req.locale) ? [req.locale] : locales)

// Finding what a save reaches reads the database; if that fails the save must still stand
// (an expired page is a convenience, the editor's change is not), so it is logged.
async function expireFor(req: PayloadRequest, what: string, find: () => Promise<string[]> | string[]) {
  try {
    expireCacheTags(await find(), req, req.context)
  } catch (error) {
    req.payload.logger.error({ msg: `revalidation after ${what} failed`, err: error })
  }
}

// Registered for every collection (collections/withWriteGuards.ts): create, update, publish,
// unpublish. Saving a draft over a draft changes nothing readers can see.
export const revalidateReadersOnChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, context }) => {
  if (context.disableRevalidate || !shownToReaders(collection)) return doc
  const current = doc as Doc
  const previous = previousDoc as Doc | undefined
  if (current._status === 'draft' && (!previous || previous._status !== 'published')) return doc
  const docs = previous?.id ? [current, previous] : [current]
  await expireFor(req, `saving ${collection.slug} ${current.id}`, () =>
    expiredByDocument(req.payload, { collection: collection.slug as CollectionSlug, docs, locales: touchedLocales(req) }),
  )
  return doc
}

export const revalidateReadersOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if (context.disableRevalidate || !shownToReaders(collection)) return doc
  await expireFor(req, `deleting ${collection.slug} ${doc.id}`, () =>
    expiredByDocument(req.payload, { collection: collection.slug as CollectionSlug, docs: [doc as Doc], locales }),
  )
  return doc
}

// Registered for every global (globals/withRevalidation.ts).
export const revalidateReadersOnGlobalChange: GlobalAfterChangeHook = async ({ global, doc, req, context }) => {
  if (context.disableRevalidate || !shownToReaders(global)) return doc
  await expireFor(req, `saving ${global.slug}`, () => expiredByGlobal(req.payload, global.slug as GlobalSlug, doc))
  return doc
}
