import { isolateObjectProperty, type CollectionSlug, type Payload, type PayloadRequest, type Where } from 'payload'
import { locales } from '@/i18n/locales'
import type { Relation } from './relationGraph'

export type Id = number | string

// The values at a dotted path, through array and blocks rows: "links.page" of a footer is
// every row's page.
export function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path))
  if (path.length === 0) return value == null ? [] : [value]
  if (typeof value !== 'object' || value === null) return []
  return valuesAt((value as Record<string, unknown>)[path[0]], path.slice(1))
}

// The ids a document holds in a relation's field, populated or not.
export function idsIn(doc: unknown, relation: Relation): Id[] {
  const ids: Id[] = []
  for (const value of valuesAt(doc, relation.path.split('.'))) {
    let target: unknown = value
    if (relation.polymorphic) {
      const { relationTo, value: inner } = (value ?? {}) as { relationTo?: string; value?: unknown }
      if (relationTo !== relation.to) continue
      target = inner
    }
    const id = typeof target === 'object' && target !== null ? (target as { id?: unknown }).id : target
    if (typeof id === 'number' || typeof id === 'string') ids.push(id)
  }
  return ids
}

// The condition "this relation points at id" in Payload's query language.
export function pointsAt(relation: Relation, id: Id): Where {
  if (!relation.polymorphic) return { [relation.path]: { equals: id } }
  return { and: [{ [`${relation.path}.relationTo`]: { equals: relation.to } }, { [`${relation.path}.value`]: { equals: id } }] }
}

// Queries never fall back (payload#3294): a localized relation is asked in each locale.
export const localesToAsk = (relation: Relation) => (relation.localized ? locales : [undefined])

export type CollectionRelation = Relation & { from: { collection: CollectionSlug } }

// The documents of a collection whose relation points at id, in any locale. Without `req` it
// reads committed data (what readers see); with it, what the request's transaction sees.
export async function referencingIds(payload: Payload, relation: CollectionRelation, id: Id, req?: PayloadRequest): Promise<Id[]> {
  const found = new Set<Id>()
  for (const locale of localesToAsk(relation)) {
    const { docs } = await payload.find({
      collection: relation.from.collection,
      where: pointsAt(relation, id),
      locale,
      depth: 0,
      pagination: false,
      select: {},
      draft: false,
      overrideAccess: true,
      // A nested call with another locale would otherwise change the caller's req.locale (payload#18246).
      req: req && isolateObjectProperty(req, ['locale', 'fallbackLocale']),
    })
    for (const doc of docs) found.add(doc.id)
  }
  return [...found]
}

// `select` for one dotted path.
export const selectPath = (path: string) =>
  path
    .split('.')
    .reduceRight<Record<string, unknown> | true>((inner, key) => ({ [key]: inner }), true) as Record<string, true>
