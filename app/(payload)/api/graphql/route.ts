/* Payload's GraphQL API (kept as Payload generates it; bodies are size-checked first). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { limitRequestBody } from '@/lib/http/requestBodyLimit'

export const POST = limitRequestBody(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
