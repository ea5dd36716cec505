/* Payload's GraphQL API (kept as Payload generates it; bodies are size-checked first,
   lib/http/requestBodyLimit.ts; outages answer 503, lib/outage/apiOutage.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { limitRequestBody } from '@/lib/http/requestBodyLimit'
import { withOutageAnswers } from '@/lib/outage/apiOutage'

export const { POST, OPTIONS } = withOutageAnswers(
  { POST: limitRequestBody(GRAPHQL_POST(config)), OPTIONS: REST_OPTIONS(config) },
  { errorsIn200: true },
)
