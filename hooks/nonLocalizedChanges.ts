import type { Field } from 'payload'
import { walkFields } from '../fields/walkFields'

type Data = Record<string, unknown> | undefined | null
type Row = Record<string, unknown> | null | undefined

// Relations arrive as ids from a form and as objects from a populated document.
const normalize = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object' && 'id' in value && 'createdAt' in value) return (value as { id: unknown }).id
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const { relationTo, value: inner } = value as { relationTo: unknown; value: unknown }
    return { relationTo, value: normalize(inner) }
  }
  return value ?? null
}

export const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

// System fields, and upload URLs that Payload computes on every read.
const ignored = new Set(['id', 'createdAt', 'updatedAt', '_status', 'url', 'thumbnailURL'])

const valueAt = (doc: Data, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

// The rows of an array or block field that is the same in every language are shared by all
// locales: their localized texts hang on the row. Sent by one locale, the rows must be the
// ones the document has, in its order (same ids, same block types); anything else would move,
// drop or add another language's texts.
function sameRows(sent: Row[], kept: Row[]): boolean {
  if (sent.length !== kept.length) return false
  return sent.every((row, i) => row?.id === kept[i]?.id && row?.blockType === kept[i]?.blockType)
}

// Rows of a localized array belong to one locale; an id not among this locale's rows is a row
// of another locale (Payload would fail on it, #13216) — a new row is sent without an id.
function ownRows(sent: Row[], kept: Row[]): boolean {
  const ids = new Set(kept.map((row) => row?.id))
  return sent.every((row) => row?.id == null || ids.has(row.id))
}

// Paths of the non-localized values (and shared rows) that `data` would change in `original`.
// Fields missing from `data` are kept as they are by Payload, so they do not count as changes.
export function nonLocalizedChanges(fields: Field[], data: Data, original: Data): string[] {
  const changes: string[] = []
  walkFields(fields, data, ({ field, path, value, siblings }) => {
    if (field.type === 'join' || ignored.has(field.name) || !(field.name in siblings) || ('virtual' in field && field.virtual)) return false
    const kept = valueAt(original, path)
    if (field.type === 'array' || field.type === 'blocks') {
      const rowsAreShared = !field.localized
      const rowsKept = rowsAreShared ? sameRows(rowsOf(value), rowsOf(kept)) : ownRows(rowsOf(value), rowsOf(kept))
      if (!rowsKept) changes.push(path)
      return rowsAreShared && rowsKept
    }
    if (field.localized) return false
    if (field.type === 'group') return true
    if (!same(value, kept)) changes.push(path)
    return false
  })
  return changes
}
