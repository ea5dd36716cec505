import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { locales, type Locale } from '@/i18n/locales'
import { relationGraph, stored, type Relation } from './relationGraph'
import { idsIn, referencingIds, selectPath, type CollectionRelation, type Id } from './relationValues'
import { shownToReaders } from './shownToReaders'
import { tags } from './tags'

type Doc = Record<string, unknown> & { id: Id }

export interface DocumentChange {
  collection: CollectionSlug
  // The document after the change and, for an update, before it.
  docs: Doc[]
  // The locales whose text the change may have touched.
  locales: readonly Locale[]
}

// Which pages show a document, read from the relation graph (lib/cache/relationGraph):
// - its own page and lists, and every address it has or had (a rename or unpublish must
//   clear the old one);
// - the documents it points to: their pages list it (a topic's page lists its sessions);
// - the documents that point to it: their pages show it (a dialogue its hero image);
// - and from each document reached, what it belongs to — a required relation to a single
//   document, as a workplan area to its dialogue: the area is shown on the dialogue's page,
//   so a topic's change reaches the dialogue through the topic's area.
export async function expiredByDocument(payload: Payload, { collection, docs, locales: touched }: DocumentChange): Promise<string[]> {
  const graph = relationGraph(payload.config)
  const id = docs[0].id
  const expired = new Set([tags.document(collection, id), tags.list(collection), ...touched.map((locale) => tags.list(collection, locale))])
  for (const slug of await slugsOf(payload, collection, docs)) for (const locale of locales) expired.add(tags.slug(collection, locale, slug))

  const reached = new Map<CollectionSlug, Set<Id>>()
  const reach = (target: CollectionSlug, ids: Id[]) => {
    const set = reached.get(target) ?? new Set<Id>()
    for (const targetId of ids) set.add(targetId)
    reached.set(target, set)
  }
  for (const relation of graph.filter((r) => stored(r) && 'collection' in r.from && r.from.collection === collection && isShown(payload, r.to))) {
    reach(relation.to, docs.flatMap((doc) => idsIn(doc, relation)))
  }
  for (const relation of graph.filter((r) => stored(r) && r.to === collection && isShown(payload, r.from))) {
    if ('global' in relation.from) expired.add(tags.global(relation.from.global))
    else reach(relation.from.collection, await referencingIds(payload, relation as CollectionRelation, id))
  }
  await addOwners(payload, graph, reached)
  for (const [target, ids] of reached) for (const targetId of ids) expired.add(tags.document(target, targetId))
  return [...expired]
}

// A global is read as a whole: its own tag, and the documents it points to.
export function expiredByGlobal(payload: Payload, slug: GlobalSlug, doc: Record<string, unknown>): string[] {
  const expired = new Set([tags.global(slug)])
  for (const relation of relationGraph(payload.config).filter((r) => stored(r) && 'global' in r.from && r.from.global === slug)) {
    for (const targetId of idsIn(doc, relation)) expired.add(tags.document(relation.to, targetId))
  }
  return [...expired]
}

// "Belongs to": a required relation to one document, the same in every locale.
export const belongsTo = (relation: Relation) =>
  relation.via === 'relationship' && relation.required && !relation.hasMany && !relation.localized && !relation.inRows && !relation.polymorphic

// Adds, for every reached document, the documents it belongs to (transitively).
async function addOwners(payload: Payload, graph: Relation[], reached: Map<CollectionSlug, Set<Id>>) {
  let frontier = [...reached].map(([collection, ids]) => [collection, [...ids]] as const)
  while (frontier.length > 0) {
    const next: [CollectionSlug, Id[]][] = []
    for (const [collection, ids] of frontier) {
      const owners = graph.filter((r) => belongsTo(r) && 'collection' in r.from && r.from.collection === collection)
      if (owners.length === 0 || ids.length === 0) continue
      const { docs } = await payload.find({
        collection,
        where: { id: { in: ids } },
        depth: 0,
        pagination: false,
        draft: false,
        select: Object.assign({}, ...owners.map((owner) => selectPath(owner.path))),
      })
      for (const owner of owners) {
        const known = reached.get(owner.to) ?? new Set<Id>()
        const fresh = docs.flatMap((doc) => idsIn(doc, owner)).filter((ownerId) => !known.has(ownerId))
        for (const ownerId of fresh) known.add(ownerId)
        reached.set(owner.to, known)
        if (fresh.length > 0) next.push([owner.to, fresh])
      }
    }
    frontier = next
  }
}

// Every slug the document has or had: the change's own values and what is stored in each locale.
async function slugsOf(payload: Payload, collection: CollectionSlug, docs: Doc[]): Promise<Set<string>> {
  const slugs = new Set<string>()
  for (const doc of docs) if (typeof doc.slug === 'string') slugs.add(doc.slug)
  if (!payload.collections[collection]?.config.fields.some((field) => 'name' in field && field.name === 'slug')) return slugs
  const stored = await payload.findByID({ collection, id: docs[0].id, locale: 'all', depth: 0, disableErrors: true, select: { slug: true } })
  for (const slug of Object.values((stored as { slug?: Record<string, string | null> } | null)?.slug ?? {})) if (slug) slugs.add(slug)
  return slugs
}

function isShown(payload: Payload, entity: CollectionSlug | Relation['from']): boolean {
  if (typeof entity === 'string') return shownToReaders(payload.collections[entity].config)
  if ('collection' in entity) return shownToReaders(payload.collections[entity.collection].config)
  const global = payload.config.globals.find((candidate) => candidate.slug === entity.global)
  return global ? shownToReaders(global) : false
}
