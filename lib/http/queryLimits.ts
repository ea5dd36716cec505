import type { BadInput } from './messages'

// How much one HTTP request may ask of the database. Payload has no upper bounds of its own
// (limit=100000 reads a whole table, depth=10 joins ten levels, page=-5 is a negative OFFSET
// that PostgreSQL refuses with a 500), and its REST parser drops a non-number silently.
// The admin reads pages of at most 100 and populates at most depth 1 over REST; its bulk
// delete and publish send limit=0 ("all that match") with DELETE and PATCH.
export const queryLimits = {
  limit: { min: 1, max: 100 },
  page: { min: 1, max: 100_000 },
  depth: { min: 0, max: 3 },
} as const

type Bounded = keyof typeof queryLimits
const isBounded = (name: string): name is Bounded => name in queryLimits
const bulkWrites = new Set(['PATCH', 'DELETE'])

export function boundsOf(name: Bounded, method = 'GET'): { min: number; max: number } {
  const { min, max } = queryLimits[name]
  return name === 'limit' && bulkWrites.has(method) ? { min: 0, max } : { min, max }
}

export const allowedRange = ({ min, max }: { min: number; max: number }) => `${min}–${max}`

function outOfBounds(name: Bounded, key: string, values: string[], method: string): BadInput | null {
  const bounds = boundsOf(name, method)
  const value = values[0]
  const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN
  if (values.length === 1 && number >= bounds.min && number <= bounds.max) return null
  return { kind: 'parameter', name: key, allowed: allowedRange(bounds) }
}

// Payload reads `where` and `data` given as one string with JSON.parse, unguarded.
function notJsonObject(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value)
    return parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)
  } catch {
    return true // the answer is the 400 below
  }
}

// The first problem of a REST query string, or null. Keys are read as Payload's qs parser
// reads them: `limit[]=5` or a repeated `limit` would become an array.
export function queryProblem(search: URLSearchParams, method: string): BadInput | null {
  for (const key of new Set(search.keys())) {
    const root = key.split('[', 1)[0]
    if (isBounded(root)) {
      const problem = key === root ? outOfBounds(root, key, search.getAll(key), method) : outOfBounds(root, key, ['', ''], method)
      if (problem) return problem
    }
    const joined = /^joins\[[^\]]*\]\[(limit|page)\]$/.exec(key)?.[1]
    if (joined && isBounded(joined)) {
      const problem = outOfBounds(joined, key, search.getAll(key), 'GET')
      if (problem) return problem
    }
    // Geo operators work on point fields only, and the content model has none: on any other
    // field Payload's query builder throws ("operators[…] is not a function").
    if (/^where\[.*\[(near|within|intersects)\]/.test(key)) return { kind: 'parameter', name: key, allowed: 'equals, in, like, …' }
    if ((key === 'where' || key === 'data') && search.get(key) && notJsonObject(search.get(key)!)) {
      return { kind: 'parameter', name: key, allowed: key === 'where' ? `${key}[field][operator]=value` : 'JSON' }
    }
  }
  return null
}
