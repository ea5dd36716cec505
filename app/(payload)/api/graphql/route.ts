/* Payload's GraphQL API, as Payload generates it, wrapped like the REST API: outages
   (lib/outage/apiOutage.ts), body size (lib/http/requestBodyLimit.ts), hostile input
   (lib/http/rejectBadInput.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { rejectBadInput } from '@/lib/http/rejectBadInput'
import { limitRequestBody } from '@/lib/http/requestBodyLimit'
import { withOutageAnswers } from '@/lib/outage/apiOutage'

export const { POST, OPTIONS } = withOutageAnswers(
  { POST: limitRequestBody(rejectBadInput(GRAPHQL_POST(config))), OPTIONS: REST_OPTIONS(config) },
  { errorsIn200: true },
)
