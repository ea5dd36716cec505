import http from 'node:http'
import { requestIdFrom, runInRequest, type RequestContext } from '@/lib/log/requestContext'
import { outageIsRecent, retryAfterSeconds } from './databaseState'
import { localeOfPath, outagePage } from './outagePages'
import { wrapServerRequests } from '../http/wrapServerRequests'

const contextOf = Symbol('requestContext')
const replacedBody = Symbol('replacedBody')
type Tracked = http.ServerResponse & { [contextOf]?: RequestContext; [replacedBody]?: { html: string; sent: boolean } }

// Installed once from instrumentation.ts in the server process, below Next:
// - every request runs with a context (its id from X-Request-Id when well-formed, else a new
//   one) that log lines read, and answers with X-Request-Id;
// - Next sets no status other than 500 for a page that failed, so a 500 caused by the
//   database being away is turned into a 503 with Retry-After here, as the response starts.
//   Cached pages never fail, so they keep their 200;
// - a reader's page that failed so gets the static outage page in its language
//   (lib/outage/outagePages.ts) instead of Next's error document, which shows nothing without
//   script (a first render of a page is not answered by error.tsx on the server).
export function installServerPatch(): void {
  const server = http.Server.prototype as http.Server & { [contextOf]?: true }
  if (server[contextOf]) return
  server[contextOf] = true

  wrapServerRequests('outage', (request, response, next) => {
    const context: RequestContext = {
      requestId: requestIdFrom(request.headers['x-request-id']),
      outage: false,
      outagePage: false,
      readerPagePath: readerPagePath(request),
    }
    ;(response as Tracked)[contextOf] = context
    response.setHeader('X-Request-Id', context.requestId)
    return runInRequest(context, next)
  })

  const proto = http.ServerResponse.prototype
  const { writeHead, write, end } = proto
  proto.writeHead = function (this: Tracked, statusCode: number, ...rest: unknown[]) {
    const context = this[contextOf]
    const failedForOutage = statusCode === 500 && (context?.outage || outageIsRecent())
    if (context?.outagePage || failedForOutage) {
      statusCode = 503
      this.setHeader('Retry-After', String(retryAfterSeconds))
      this.setHeader('Cache-Control', 'no-store')
      if (typeof rest[0] === 'string') rest[0] = 'Service Unavailable'
      const html = failedForOutage && context?.readerPagePath ? outagePage(localeOfPath(context.readerPagePath)) : null
      if (html) replaceBody(this, html, rest)
    }
    return (writeHead as (this: Tracked, ...all: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest)
  } as typeof proto.writeHead

  // Next's error document (and its compressed bytes) is dropped; the outage page goes out once.
  proto.write = function (this: Tracked, ...args: unknown[]) {
    if (!this[replacedBody]) return (write as (...all: unknown[]) => boolean).apply(this, args)
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
    callback?.()
    return true
  } as typeof proto.write
  proto.end = function (this: Tracked, ...args: unknown[]) {
    const replaced = this[replacedBody]
    if (!replaced) return (end as (...all: unknown[]) => http.ServerResponse).apply(this, args)
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (replaced.sent) {
      callback?.()
      return this
    }
    replaced.sent = true
    return (end as (...all: unknown[]) => http.ServerResponse).call(this, this.req?.method === 'HEAD' ? undefined : replaced.html, callback)
  } as typeof proto.end
}

function replaceBody(response: Tracked, html: string, rest: unknown[]): void {
  response[replacedBody] = { html, sent: false }
  for (const name of ['content-encoding', 'etag', 'vary', 'link']) response.removeHeader(name)
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('Content-Length', String(Buffer.byteLength(html)))
  // writeHead(status, [message], headers): headers given here would win over the ones set above.
  const given = rest.find((arg) => arg && typeof arg === 'object') as Record<string, unknown> | undefined
  if (given && !Array.isArray(given)) {
    for (const key of Object.keys(given)) {
      if (['content-encoding', 'content-length', 'content-type', 'etag'].includes(key.toLowerCase())) delete given[key]
    }
  }
}

// A reader's page: what a browser asks for by address, not the API, the admin, Next's own
// files or a client navigation's RSC request (Next falls back to loading the page whole).
function readerPagePath(request: http.IncomingMessage): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined
  if (request.headers.rsc || request.headers['next-router-state-tree']) return undefined
  const pathname = (request.url ?? '/').split('?')[0]
  if (/^\/(api|admin|_next)(\/|$)/.test(pathname)) return undefined
  return pathname
}
