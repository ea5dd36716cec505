import { createHash } from 'node:crypto'
import type { CollectionSlug, Field, Payload, PayloadRequest } from 'payload'
import { defaultLocale } from '@/i18n/locales'
import { isWritten } from '@/i18n/strings/localizedLeaves'
import { latestIn } from '../latestIn'
import { translatableLeaves, type Leaf } from '../leaves'
import { blocksOf, type Inline } from './richTextBlocks'

// What an agency translates of one document: a unit per text field and per rich-text block.
export type ContentUnit =
  | { id: string; leaf: Leaf; kind: 'text'; source: string }
  | { id: string; leaf: Leaf; kind: 'block'; at: string; source: Inline[] }

// Documents whose locales are published one by one take imports as drafts for review.
export const exchangedCollections = ['dialogues', 'sessions', 'topics', 'stakeholders', 'pages'] as const satisfies readonly CollectionSlug[]
export type ExchangedCollection = (typeof exchangedCollections)[number]

export const isRichText = (value: unknown) => typeof value === 'object' && value !== null && 'root' in value

// Unit ids are XLIFF NMTOKENs: the field's stable key, and for a block ":" and its position.
export function unitsOf(fields: Field[], german: Record<string, unknown>): ContentUnit[] {
  return translatableLeaves(fields, german)
    .filter((leaf) => isWritten(leaf.value))
    .flatMap((leaf): ContentUnit[] =>
      isRichText(leaf.value)
        ? blocksOf(leaf.value).map((block) => ({ id: `${leaf.key}:${block.at}`, leaf, kind: 'block', at: block.at, source: block.inline }))
        : [{ id: leaf.key, leaf, kind: 'text', source: String(leaf.value) }],
    )
}

// Which German text a file was made from: a hash of every translatable German value.
export function sourceVersion(fields: Field[], german: Record<string, unknown>): string {
  const leaves = translatableLeaves(fields, german).map((leaf) => [leaf.key, leaf.value ?? null])
  return createHash('sha256').update(JSON.stringify(leaves)).digest('hex').slice(0, 32)
}

export const latestGerman = (payload: Payload, collection: CollectionSlug, id: number, req?: PayloadRequest) =>
  latestIn(payload, collection, id, defaultLocale, req)
