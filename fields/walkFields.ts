import type { Field, FieldAffectingData, NamedGroupField } from 'payload'

type Values = Record<string, unknown>
export type ValueField = Extract<FieldAffectingData, { name: string }>

export interface FieldVisit {
  // A field that holds a value; a named tab is shown as the group it is stored as.
  field: ValueField
  // Where the value sits in the document, e.g. `milestones.0.label`.
  path: string
  value: unknown
  // The object that holds the value (`field.name in siblings`: was it sent at all?).
  siblings: Values
}

// Return true to walk on into the field's contents (a group's fields, an array's or a block
// field's rows); the walk goes in only where the value has that shape.
export type FieldVisitor = (visit: FieldVisit) => boolean

const isValues = (value: unknown): value is Values => typeof value === 'object' && value !== null && !Array.isArray(value)

// Payload's field tree mixes fields that hold values with layout (rows, collapsibles, unnamed
// tabs) that does not: this walks the values of `data` along it, so a rule is written once
// per field type instead of once per layout element. Unknown block types are left out.
export function walkFields(fields: Field[], data: unknown, visit: FieldVisitor, prefix = ''): void {
  if (!isValues(data)) return
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const asGroup = { ...tab, type: 'group', name: tab.name } as NamedGroupField
          enter(asGroup, data, visit, prefix)
        } else walkFields(tab.fields, data, visit, prefix)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) walkFields(field.fields, data, visit, prefix)
      continue
    }
    enter(field as ValueField, data, visit, prefix)
  }
}

function enter(field: ValueField, siblings: Values, visit: FieldVisitor, prefix: string) {
  const path = `${prefix}${field.name}`
  const value = siblings[field.name]
  if (!visit({ field, path, value, siblings })) return
  if (field.type === 'group' && 'fields' in field) walkFields(field.fields, value, visit, `${path}.`)
  if (!Array.isArray(value)) return
  if (field.type === 'array') value.forEach((row, i) => walkFields(field.fields, row, visit, `${path}.${i}.`))
  if (field.type === 'blocks') {
    value.forEach((row, i) => {
      const block = isValues(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
      if (block) walkFields(block.fields, row, visit, `${path}.${i}.`)
    })
  }
}
