import type { CollectionBeforeChangeHook } from 'payload'

// The account made on Payload's "create first user" screen must be able to administer the
// site; otherwise nobody could ever add users. Code (seed, tests) states roles itself.
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user || req.payloadAPI === 'local') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
