import type { Field } from 'payload'
import { walkFields } from '../fields/walkFields'

export type Expected = 'text' | 'number' | 'boolean' | 'date' | 'object' | 'list' | 'id'
export interface Problem {
  path: string
  expected: Expected
}
// collection → id → the field path that named it
export type RelationIds = Map<string, Map<number, string>>

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^\d{1,15}$/.test(value))

// Payload coerces some wrong types (a number into a text field) and lets unknown relation ids
// reach PostgreSQL, which answers with a foreign-key error (a 500). This walks the raw input
// against the collection's fields and names every value of the wrong shape.
export function inputProblems(fields: Field[], data: unknown, relations: RelationIds): Problem[] {
  const problems: Problem[] = []
  const one = (path: string, expected: Expected, ok: boolean) => {
    if (!ok) problems.push({ path, expected })
  }
  walkFields(fields, data, ({ field, path, value }) => {
    if (value === undefined || value === null) return false
    const many = 'hasMany' in field && field.hasMany === true
    const each = (check: (item: unknown) => boolean) => (many ? Array.isArray(value) && value.every(check) : check(value))
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'radio':
      case 'select':
        one(path, 'text', each((item) => typeof item === 'string'))
        break
      case 'number':
        one(path, 'number', each((item) => typeof item === 'number' && Number.isFinite(item)))
        break
      case 'checkbox':
        one(path, 'boolean', typeof value === 'boolean')
        break
      case 'date':
        one(path, 'date', (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime()))
        break
      case 'richText':
        one(path, 'object', isObject(value))
        break
      case 'group':
        one(path, 'object', isObject(value))
        break
      case 'array':
        one(path, 'list', Array.isArray(value))
        break
      case 'relationship':
      case 'upload': {
        if (typeof field.relationTo !== 'string') break
        const target = field.relationTo
        const idOf = (item: unknown) => (isObject(item) && 'id' in item ? item.id : item)
        const ok = each((item) => isId(idOf(item)))
        one(path, 'id', ok)
        if (ok) {
          const ids = relations.get(target) ?? new Map<number, string>()
          for (const item of many ? (value as unknown[]) : [value]) ids.set(Number(idOf(item)), path)
          relations.set(target, ids)
        }
        break
      }
      default:
        break
    }
    return true
  })
  return problems
}
