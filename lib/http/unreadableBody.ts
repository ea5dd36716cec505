import type { BadInput } from './messages'
import { queryProblem } from './queryLimits'

const withBody = new Set(['POST', 'PUT', 'PATCH'])
const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false // the caller answers 400
  }
}

// Payload parses JSON and multipart bodies where a failure is no client error: GraphQL throws
// "Invalid JSON" past every catch, a broken multipart form or its `_payload` field ends as a 500,
// and a POST with X-HTTP-Method-Override: GET is read with request.json() unguarded. A copy of
// the body is read here first (browsers and the admin send well-formed bodies; this reads each
// one twice, which the body size limit in front bounds).
export async function bodyProblem(request: Request): Promise<BadInput | null> {
  if (!request.body || !withBody.has(request.method.toUpperCase())) return null
  const mediaType = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (mediaType === 'application/json') {
    const text = await request.clone().text()
    return text && !parses(text) ? { kind: 'json' } : null
  }
  if (mediaType.startsWith('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return { kind: 'multipart' } // undici's parser is as strict as browsers are well-formed
    }
    const payload = form.get('_payload')
    return typeof payload === 'string' && !parses(payload) ? { kind: 'json' } : null
  }
  if (mediaType === 'application/x-www-form-urlencoded' && overridesToGet(request)) {
    // Payload appends such a body to the address as its query string.
    return queryProblem(new URLSearchParams(await request.clone().text()), 'GET')
  }
  return null
}

const overridesToGet = (request: Request) =>
  [request.headers.get('x-http-method-override'), request.headers.get('x-payload-http-method-override')].includes('GET')
