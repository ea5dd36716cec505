import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, Payload } from 'payload'
import { locales } from '../i18n/locales'
import { tags } from '../lib/cacheTags'
import { expireCacheTags } from './expireCacheTags'
import type { RelatedCacheTags } from './relatedCacheTags'

type Doc = Record<string, unknown> & { id: number; slug?: unknown; _status?: string }

// Every tag the reader set for this document: its content, its lists, and each slug it has
// or had in any locale — the old slug after a rename or unpublish must stop answering too.
async function tagsOf(payload: Payload, collection: CollectionSlug, docs: Doc[], related: RelatedCacheTags) {
  const slugs = new Set<string>()
  for (const doc of docs) if (typeof doc.slug === 'string') slugs.add(doc.slug)
  const stored = await payload.findByID({ collection, id: docs[0].id, locale: 'all', depth: 0, disableErrors: true, select: { slug: true } })
  const storedSlugs = (stored as { slug?: Record<string, string | null> } | null)?.slug ?? {}
  for (const slug of Object.values(storedSlugs)) if (slug) slugs.add(slug)

  return [
    tags.document(collection, docs[0].id),
    tags.list(collection),
    ...[...slugs].flatMap((slug) => locales.map((locale) => tags.slug(collection, locale, slug))),
    ...(await related(payload, docs)),
  ]
}

// One pair of hooks per collection: afterChange (create, update, publish, unpublish) and
// afterDelete. Saving a draft over a draft changes nothing readers can see.
export function revalidateContent(collection: CollectionSlug, related: RelatedCacheTags) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
    if (context.disableRevalidate) return doc
    const current = doc as Doc
    const previous = previousDoc as Doc | undefined
    if (current._status === 'draft' && (!previous || previous._status !== 'published')) return doc
    try {
      const docs = previous?.id ? [current, previous] : [current]
      expireCacheTags(await tagsOf(req.payload, collection, docs, related), req, context)
    } catch (error) {
      req.payload.logger.error({ msg: `revalidation of ${collection} ${current.id} failed`, err: error })
    }
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
    if (context.disableRevalidate) return doc
    try {
      expireCacheTags(await tagsOf(req.payload, collection, [doc as Doc], related), req, context)
    } catch (error) {
      req.payload.logger.error({ msg: `revalidation of deleted ${collection} ${doc.id} failed`, err: error })
    }
    return doc
  }

  return { afterChange, afterDelete }
}
