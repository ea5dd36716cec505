import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { stopPayload } from '../support/payload'
import type { TestUser } from '../support/users'

// Payload's own Next route handlers, called with real Requests: the same code path as /api.
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
const graphql = GRAPHQL_POST(config)

export async function tokenFor(payload: Payload, user: TestUser): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: user.password } })
  if (!token) throw new Error('no token')
  return token
}

export async function rest(
  method: keyof typeof handlers,
  path: string,
  { token, body, language, headers: extra }: { token?: string; body?: unknown; language?: string; headers?: Record<string, string> } = {},
) {
  const url = new URL(path, 'http://localhost:3000/api/')
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra }
  if (token) headers.authorization = `JWT ${token}`
  if (language) headers['accept-language'] = language
  const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> }
}

export async function graphqlQuery(query: string, token?: string, language?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  if (language) headers['accept-language'] = language
  const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) })
  const response = await graphql(request)
  return { status: response.status, json: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] } }
}

// The route handlers start their own Payload instance (the default key); close it with the file.
export async function closeRouteHandlers(): Promise<void> {
  await stopPayload(await getPayload({ config }))
}
