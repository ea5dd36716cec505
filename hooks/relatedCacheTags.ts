import type { CollectionSlug, Payload, Where } from 'payload'
import { tags } from '../lib/cacheTags'

type Doc = Record<string, unknown> & { id: number }

// Which other pages show something of a changed document. Reads committed data (no `req`),
// so relations come from the document before and after the change.
export type RelatedCacheTags = (payload: Payload, docs: Doc[]) => Promise<string[]>

const ids = (docs: Doc[], field: string): number[] => {
  const found = new Set<number>()
  for (const doc of docs) {
    const value = doc[field]
    for (const item of Array.isArray(value) ? value : [value]) {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : item
      if (typeof id === 'number') found.add(id)
    }
  }
  return [...found]
}

async function idsWhere(payload: Payload, collection: CollectionSlug, where: Where): Promise<number[]> {
  const found = await payload.find({ collection, where, depth: 0, pagination: false, select: {}, draft: false })
  return found.docs.map((doc) => doc.id as number)
}

const documents = (collection: CollectionSlug, list: number[]) => list.map((id) => tags.document(collection, id))

export const relatedToDialogue: RelatedCacheTags = async (payload, docs) => {
  const id = docs[0].id
  return [
    tags.sessionsOf(id),
    // Partner institutions list the dialogue; sessions name it.
    ...documents('stakeholders', ids(docs, 'partnerInstitutions')),
    ...documents('sessions', await idsWhere(payload, 'sessions', { dialogue: { equals: id } })),
  ]
}

export const relatedToSession: RelatedCacheTags = async (_payload, docs) => [
  ...ids(docs, 'dialogue').map((id) => tags.sessionsOf(id)),
  // Topic pages list their sessions.
  ...documents('topics', ids(docs, 'topics')),
]

export const relatedToWorkplanArea: RelatedCacheTags = async (payload, docs) => [
  ...documents('dialogues', ids(docs, 'dialogue')),
  ...documents('topics', await idsWhere(payload, 'topics', { areas: { contains: docs[0].id } })),
]

export const relatedToTopic: RelatedCacheTags = async (payload, docs) => {
  const areaIds = ids(docs, 'areas')
  const areas = areaIds.length
    ? await payload.find({ collection: 'workplan-areas', where: { id: { in: areaIds } }, depth: 0, pagination: false, select: { dialogue: true } })
    : { docs: [] }
  return [
    ...documents('dialogues', ids(areas.docs as Doc[], 'dialogue')),
    ...documents('sessions', await idsWhere(payload, 'sessions', { topics: { contains: docs[0].id } })),
  ]
}

export const relatedToStakeholder: RelatedCacheTags = async (payload, docs) => [
  ...documents('dialogues', await idsWhere(payload, 'dialogues', { partnerInstitutions: { contains: docs[0].id } })),
  ...documents('sessions', await idsWhere(payload, 'sessions', { stakeholders: { contains: docs[0].id } })),
]

// The footer links pages by their slug.
export const relatedToPage: RelatedCacheTags = async () => [tags.global('footer')]
