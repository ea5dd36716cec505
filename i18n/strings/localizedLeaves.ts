import type { Field } from 'payload'
import { walkFields } from '../../fields/walkFields'

export interface LocalizedLeaf {
  path: string
  values: Record<string, unknown> | null | undefined
}

const translatable = new Set(['text', 'textarea', 'richText'])
// Derived from the title in each language; not something a translator writes.
const derived = new Set(['slug'])
export const isTranslatable = (field: { type: string; name: string; localized?: boolean }) =>
  Boolean(field.localized) && translatable.has(field.type) && !derived.has(field.name)

// The translatable texts of one document read with `locale: 'all'`: every localized text,
// textarea and rich-text field, inside groups, tabs and array rows too, with its per-locale values.
export function localizedLeaves(fields: Field[], data: Record<string, unknown> | null | undefined): LocalizedLeaf[] {
  const leaves: LocalizedLeaf[] = []
  walkFields(fields, data, ({ field, path, value }) => {
    if (!field.localized) return true
    if (isTranslatable(field)) leaves.push({ path, values: value as LocalizedLeaf['values'] })
    return false
  })
  return leaves
}

// Rich text counts as written when any of its text nodes has a character in it.
export function isWritten(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (value && typeof value === 'object') return /"text":"[^"]/.test(JSON.stringify(value))
  return false
}
