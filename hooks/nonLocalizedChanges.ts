import type { Field } from 'payload'

type Data = Record<string, unknown> | undefined | null

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

const same = (a: unknown, b: unknown) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b))

// System fields, and upload URLs that Payload computes on every read.
const ignored = new Set(['id', 'createdAt', 'updatedAt', '_status', 'url', 'thumbnailURL'])

// Paths of the non-localized values that `data` would change in `original`. Fields missing
// from `data` are kept as they are by Payload, so they do not count as changes.
export function nonLocalizedChanges(fields: Field[], data: Data, original: Data, prefix = ''): string[] {
  const changes: string[] = []
  for (const field of fields) {
    if (field.type === 'join' || field.type === 'ui') continue
    if (!('name' in field)) {
      if ('fields' in field) changes.push(...nonLocalizedChanges(field.fields, data, original, prefix))
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            if (tab.localized) continue
            changes.push(
              ...nonLocalizedChanges(tab.fields, data?.[tab.name] as Data, original?.[tab.name] as Data, `${prefix}${tab.name}.`),
            )
          } else changes.push(...nonLocalizedChanges(tab.fields, data, original, prefix))
        }
      }
      continue
    }
    const { name } = field
    if (ignored.has(name) || !data || !(name in data) || field.localized || field.virtual) continue
    const path = `${prefix}${name}`
    if (field.type === 'group') {
      changes.push(...nonLocalizedChanges(field.fields, data[name] as Data, original?.[name] as Data, `${path}.`))
    } else if (field.type === 'array') {
      const rows = (data[name] as Data[] | null) ?? []
      const originalRows = (original?.[name] as Data[] | null) ?? []
      if (rows.length !== originalRows.length) changes.push(path)
      else rows.forEach((row, i) => changes.push(...nonLocalizedChanges(field.fields, row, originalRows[i], `${path}.${i}.`)))
    } else if (!same(data[name], original?.[name])) {
      changes.push(path)
    }
  }
  return changes
}
