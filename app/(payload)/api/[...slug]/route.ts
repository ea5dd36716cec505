/* Payload's REST API (kept as Payload generates it; bodies are size-checked first,
   lib/http/requestBodyLimit.ts; outages answer 503, lib/outage/apiOutage.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { limitRequestBody } from '@/lib/http/requestBodyLimit'
import { withOutageAnswers } from '@/lib/outage/apiOutage'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = withOutageAnswers({
  GET: REST_GET(config),
  POST: limitRequestBody(REST_POST(config)),
  DELETE: REST_DELETE(config),
  PATCH: limitRequestBody(REST_PATCH(config)),
  PUT: limitRequestBody(REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
})
