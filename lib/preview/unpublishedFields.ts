// The top-level fields of a draft whose value differs from what readers get now (`published`,
// read the same way; null where the locale is not published: then every field). Documents a
// field points to count by id only — a related document's own draft is not this one's change.
export function unpublishedFields(draft: object, published: object | null): string[] {
  const fields = Object.keys(draft)
  if (!published) return fields
  const [mine, theirs] = [draft as Record<string, unknown>, published as Record<string, unknown>]
  return fields.filter((field) => comparable(mine[field]) !== comparable(theirs[field]))
}

function comparable(value: unknown): string {
  return JSON.stringify(normalized(value ?? null))
}

// Keys sorted (PostgreSQL's jsonb does not keep their order) and populated documents — anything
// with an id and a creation time — reduced to their id.
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized)
  if (!value || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  if ('id' in record && 'createdAt' in record) return record.id
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, normalized(record[key])]),
  )
}
