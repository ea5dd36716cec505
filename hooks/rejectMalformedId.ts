import { NotFound, type CollectionBeforeOperationHook } from 'payload'

// PostgreSQL's `serial` ids: 1 … 2³¹−1.
const largestId = 2_147_483_647
const isSerialId = (id: unknown) =>
  typeof id === 'number' ? Number.isInteger(id) && id > 0 && id <= largestId : typeof id === 'string' && /^[1-9]\d{0,9}$/.test(id) && Number(id) <= largestId

// "/api/dialogues/not-an-id", an id past int4 or with a NUL in it went to PostgreSQL as it was
// and came back as a 500 (invalid input syntax, out of range). No document has such an id: 404,
// in the requester's language, before any query.
export const rejectMalformedId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined) return args
  const idType = req.payload.collections[collection.slug]?.customIDType ?? req.payload.db.defaultIDType
  if (idType === 'number' && !isSerialId(id)) throw new NotFound(req.t)
  return args
}
