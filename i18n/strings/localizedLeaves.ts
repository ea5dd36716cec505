import type { Field } from 'payload'

export interface LocalizedLeaf {
  path: string
  values: Record<string, unknown> | null | undefined
}

const translatable = new Set(['text', 'textarea', 'richText'])
// Derived from the title in each language; not something a translator writes.
const derived = new Set(['slug'])

type Data = Record<string, unknown> | null | undefined

// The translatable texts of one document read with `locale: 'all'`: every localized text,
// textarea and rich-text field, inside groups, tabs and array rows too, with its per-locale values.
export function localizedLeaves(fields: Field[], data: Data, prefix = ''): LocalizedLeaf[] {
  const leaves: LocalizedLeaf[] = []
  for (const field of fields) {
    if (!('name' in field)) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) leaves.push(...localizedLeaves(tab.fields, data?.[tab.name] as Data, `${prefix}${tab.name}.`))
          else leaves.push(...localizedLeaves(tab.fields, data, prefix))
        }
      } else if ('fields' in field) leaves.push(...localizedLeaves(field.fields, data, prefix))
      continue
    }
    const path = `${prefix}${field.name}`
    const value = data?.[field.name]
    if ('localized' in field && field.localized) {
      if (translatable.has(field.type) && !derived.has(field.name)) leaves.push({ path, values: value as LocalizedLeaf['values'] })
    } else if (field.type === 'group') {
      leaves.push(...localizedLeaves(field.fields, value as Data, `${path}.`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => leaves.push(...localizedLeaves(field.fields, row as Data, `${path}.${i}.`)))
    }
  }
  return leaves
}

// Rich text counts as written when any of its text nodes has a character in it.
export function isWritten(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (value && typeof value === 'object') return /"text":"[^"]/.test(JSON.stringify(value))
  return false
}
