import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

export interface RequestContext {
  requestId: string
  // Set when this request found the database unreachable: a 500 it ends in becomes a 503.
  outage: boolean
  // Set when a page rendered the outage notice itself (/admin): its answer is a 503.
  outagePage: boolean
  // The address of a reader's page (not the API, the admin or Next's files): an outage answers it with the
  // static outage page in this language instead of Next's error document.
  readerPagePath?: string
}

// Next bundles instrumentation, route handlers and pages separately, each with its own copy of
// this module; the store lives on globalThis so all of them see the same request.
const key = Symbol.for('digitaldialoge.requestContext')
const holder = globalThis as typeof globalThis & { [key]?: AsyncLocalStorage<RequestContext> }
const storage = (holder[key] ??= new AsyncLocalStorage<RequestContext>())

export const currentRequest = (): RequestContext | undefined => storage.getStore()

export const runInRequest = <T>(context: RequestContext, work: () => T): T => storage.run(context, work)

// A caller's id (a proxy's, a load balancer's) is kept when it is a plain token; anything else
// could smuggle text into log lines, so it is replaced.
export const requestIdFrom = (header: string | string[] | null | undefined): string =>
  typeof header === 'string' && /^[A-Za-z0-9._:-]{8,128}$/.test(header) ? header : randomUUID()
