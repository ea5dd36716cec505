import { graphqlDocumentProblem } from './graphqlDocumentProblem'
import type { BadInput } from './messages'
import { queryProblem } from './queryLimits'

const withBody = new Set(['POST', 'PUT', 'PATCH'])
// Payload walks a body recursively; 20 000 nested arrays overflowed its stack (a 500). Rich text
// nests a few dozen levels at most.
export const maxJsonNesting = 64
function nestingOf(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (inString) {
      if (character === '\\') index++
      else if (character === '"') inString = false
    } else if (character === '"') inString = true
    else if (character === '{' || character === '[') deepest = Math.max(deepest, ++depth)
    else if (character === '}' || character === ']') depth--
  }
  return deepest
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

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
    const problem = jsonBodyProblem(text)
    if (problem || !text) return problem
    const query = new URL(request.url).pathname.endsWith('/graphql') ? graphqlDocumentProblem((JSON.parse(text) as { query?: unknown } | null)?.query) : null
    return query ? { kind: 'graphql', reason: query } : null
  }
  if (mediaType.startsWith('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return { kind: 'multipart' } // undici's parser is as strict as browsers are well-formed
    }
    const payload = form.get('_payload')
    if (typeof payload !== 'string') return null
    return !parses(payload) || !isObject(JSON.parse(payload)) ? { kind: 'json' } : nestingOf(payload) > maxJsonNesting ? { kind: 'nesting', limit: maxJsonNesting } : null
  }
  if (mediaType === 'application/x-www-form-urlencoded' && overridesToGet(request)) {
    // Payload appends such a body to the address as its query string.
    return queryProblem(new URLSearchParams(await request.clone().text()), 'GET')
  }
  return null
}

// A JSON body's problem, if any; an empty body is none (each endpoint decides what it means).
// Also read by the sign-up's door below Next (newsletter/endpoints/signUpBelowNext.ts).
export function jsonBodyProblem(text: string): BadInput | null {
  if (!text) return null
  // Every endpoint behind these routes takes a JSON object; `null` or `42` reached Payload's
  // create as its data and failed on data.title (a 500).
  if (!parses(text) || !isObject(JSON.parse(text))) return { kind: 'json' }
  return nestingOf(text) > maxJsonNesting ? { kind: 'nesting', limit: maxJsonNesting } : null
}

const overridesToGet = (request: Request) =>
  [request.headers.get('x-http-method-override'), request.headers.get('x-payload-http-method-override')].includes('GET')
