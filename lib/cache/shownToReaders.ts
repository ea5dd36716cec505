import type { PayloadRequest, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

type Entity = Pick<SanitizedCollectionConfig | SanitizedGlobalConfig, 'slug' | 'custom'> & {
  access: { read?: unknown }
}

// Readers see what a request without a login may read — the reader queries ask with
// overrideAccess: false — and what a collection declares as shown although readers cannot
// query it (`custom.shownToReaders`: the interface strings, which every page lays over its
// messages). Accounts, subscribers and consent records stay out: their saves refresh no page
// and their references never hold up a delete of content.
const anonymous = { user: null, context: {} } as unknown as PayloadRequest
const decided = new WeakMap<object, boolean>()

export function shownToReaders(entity: Entity): boolean {
  const known = decided.get(entity)
  if (known !== undefined) return known
  const shown = entity.custom?.shownToReaders === true || anonymousMayRead(entity)
  decided.set(entity, shown)
  return shown
}

function anonymousMayRead(entity: Entity): boolean {
  const read = entity.access.read
  if (typeof read !== 'function') return false
  // The access rules here are synchronous and need only the user; one that answers with a
  // promise counts as shown: refreshing too much is harmless, too little is not.
  const answer: unknown = read({ req: anonymous })
  return answer instanceof Promise ? true : Boolean(answer)
}
