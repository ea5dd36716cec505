/* Payload's REST API, as Payload generates it, with three wrappers around each handler:
   outages answer 503 (lib/outage/apiOutage.ts), bodies are size-checked before they are read
   (lib/http/requestBodyLimit.ts), and hostile input answers 4xx (lib/http/rejectBadInput.ts). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { rejectBadInput } from '@/lib/http/rejectBadInput'
import { limitRequestBody } from '@/lib/http/requestBodyLimit'
import { withOutageAnswers } from '@/lib/outage/apiOutage'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = withOutageAnswers({
  GET: rejectBadInput(REST_GET(config)),
  POST: limitRequestBody(rejectBadInput(REST_POST(config))),
  DELETE: rejectBadInput(REST_DELETE(config)),
  PATCH: limitRequestBody(rejectBadInput(REST_PATCH(config))),
  PUT: limitRequestBody(rejectBadInput(REST_PUT(config))),
  OPTIONS: REST_OPTIONS(config),
})
