import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import * as graphqlRoute from '@/app/(payload)/api/graphql/route'
import * as restRoute from '@/app/(payload)/api/[...slug]/route'
import { stopPayload } from '../support/payload'
import type { TestUser } from '../support/users'

// The app's own route handlers (Payload's, with our wrappers), called with real Requests: the
// same code path as /api on the server.
const handlers = { GET: restRoute.GET, POST: restRoute.POST, PATCH: restRoute.PATCH, DELETE: restRoute.DELETE, PUT: restRoute.PUT }

export async function tokenFor(payload: Payload, user: TestUser): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
  if (!token) throw new Error('no token')
  return token
}

interface RawOptions {
  token?: string
  headers?: Record<string, string>
  body?: string
}

// Any method, any header, any body, as written: for input no well-behaved client sends.
export async function rawRest(method: keyof typeof handlers, path: string, { token, headers = {}, body }: RawOptions = {}) {
  const url = new URL(path, 'http://localhost:3000/api/')
  const request = new Request(url, { method, headers: { ...headers, ...(token ? { authorization: `JWT ${token}` } : {}) }, body })
  // Next hands the route the decoded segments of the path.
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> }
}

export async function rest(
  method: keyof typeof handlers,
  path: string,
  { token, body, language, headers: extra }: { token?: string; body?: unknown; language?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra }
  if (language) headers['accept-language'] = language
  const { status, headers: answered, json } = await rawRest(method, path, { token, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status, headers: answered, json }
}

export async function rawGraphql({ headers = { 'content-type': 'application/json' }, body }: { headers?: Record<string, string>; body: string }) {
  const response = await graphqlRoute.POST(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body }))
  const text = await response.text()
  return { status: response.status, json: JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string }[] } }
}

export async function graphqlQuery(
  query: string,
  token?: string,
  { language, variables }: { language?: string; variables?: Record<string, unknown> } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  if (language) headers['accept-language'] = language
  return rawGraphql({ headers, body: JSON.stringify({ query, variables }) })
}

// The route handlers start their own Payload instance (the default key); close it with the file.
export async function closeRouteHandlers(): Promise<void> {
  await stopPayload(await getPayload({ config }))
}
