import type { Payload } from 'payload'
import type {} from '@payloadcms/db-postgres'

// The pg pool behind Payload's PostgreSQL adapter, for the few statements the Local API cannot
// express (a conditional UPDATE … RETURNING, the rate-limit store). @payloadcms/db-postgres
// declares `pool` on Payload's DatabaseAdapter; the import above brings that declaration in.
export type DatabasePool = Payload['db']['pool']

export const databasePool = (payload: Payload): DatabasePool => payload.db.pool
