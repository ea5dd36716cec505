/* Payload's GraphQL API (as Payload generates it, wrapped by lib/http/rejectBadInput). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { rejectBadInput } from '@/lib/http/rejectBadInput'

export const POST = rejectBadInput(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
