// `milestones.1.label` → `milestones.<id of row 1>.label`.
export function stableKey(doc: unknown, path: string): string {
  let current: unknown = doc
  return path
    .split('.')
    .map((segment) => {
      const here = current
      current = here && typeof here === 'object' ? (here as Record<string, unknown>)[segment] : undefined
      if (Array.isArray(here) && /^\d+$/.test(segment)) {
        const id = (current as { id?: unknown } | undefined)?.id
        return typeof id === 'string' || typeof id === 'number' ? String(id) : segment
      }
      return segment
    })
    .join('.')
}
