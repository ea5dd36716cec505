import { isolateObjectProperty, type PayloadRequest } from 'payload'
import { originName, relationGraph, stored } from './relationGraph'
import { idsIn, localesToAsk, referencingIds, type CollectionRelation, type Id } from './relationValues'
import { shownToReaders } from './shownToReaders'

export interface Reference {
  // The collection, or "global footer", that still points at the document.
  source: string
  count: number
}

// What still points at a document, from the relation graph: every stored relation of content
// that readers see, in every locale, collections and globals alike. Asked in the request's
// transaction, so a delete that first removed the references itself goes through.
export async function referencesTo(req: PayloadRequest, collection: string, id: Id): Promise<Reference[]> {
  const { payload } = req
  const references: Reference[] = []
  for (const relation of relationGraph(payload.config).filter((r) => stored(r) && r.to === collection)) {
    let count = 0
    if ('collection' in relation.from) {
      if (!shownToReaders(payload.collections[relation.from.collection].config)) continue
      count = (await referencingIds(payload, relation as CollectionRelation, id, req)).length
    } else {
      const slug = relation.from.global
      const global = payload.config.globals.find((candidate) => candidate.slug === slug)
      if (!global || !shownToReaders(global)) continue
      for (const locale of localesToAsk(relation)) {
        const doc = await payload.findGlobal({ slug, locale, depth: 0, overrideAccess: true, req: isolateObjectProperty(req, ['locale', 'fallbackLocale']) })
        if (idsIn(doc, relation).some((value) => String(value) === String(id))) count = 1
      }
    }
    if (count > 0) references.push({ source: originName(relation.from), count })
  }
  return merged(references)
}

// One entry per source, however many of its fields point here.
function merged(references: Reference[]): Reference[] {
  const bySource = new Map<string, number>()
  for (const { source, count } of references) bySource.set(source, (bySource.get(source) ?? 0) + count)
  return [...bySource].map(([source, count]) => ({ source, count }))
}
