import http from 'node:http'
import { requestIdFrom, runInRequest, type RequestContext } from '@/lib/log/requestContext'
import { outageIsRecent, retryAfterSeconds } from './databaseState'

const contextOf = Symbol('requestContext')
type Tracked = http.ServerResponse & { [contextOf]?: RequestContext }

// Installed once from instrumentation.ts in the server process, below Next:
// - every request runs with a context (its id from X-Request-Id when well-formed, else a new
//   one) that log lines read, and answers with X-Request-Id;
// - Next sets no status other than 500 for a page that failed, so a 500 caused by the
//   database being away is turned into a 503 with Retry-After here, as the response starts.
//   Cached pages never fail, so they keep their 200.
export function installServerPatch(): void {
  const server = http.Server.prototype as http.Server & { [contextOf]?: true }
  if (server[contextOf]) return
  server[contextOf] = true

  const emit = server.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean
  server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== 'request') return emit.call(this, event, ...args)
    const [request, response] = args as [http.IncomingMessage, Tracked]
    const context: RequestContext = { requestId: requestIdFrom(request.headers['x-request-id']), outage: false, outagePage: false }
    response[contextOf] = context
    response.setHeader('X-Request-Id', context.requestId)
    return runInRequest(context, () => emit.call(this, event, ...args))
  } as typeof server.emit

  const writeHead = http.ServerResponse.prototype.writeHead
  http.ServerResponse.prototype.writeHead = function (this: Tracked, statusCode: number, ...rest: unknown[]) {
    const context = this[contextOf]
    const failedForOutage = statusCode === 500 && (context?.outage || outageIsRecent())
    if (context?.outagePage || failedForOutage) {
      statusCode = 503
      this.setHeader('Retry-After', String(retryAfterSeconds))
      this.setHeader('Cache-Control', 'no-store')
      if (typeof rest[0] === 'string') rest[0] = 'Service Unavailable'
    }
    return (writeHead as (this: Tracked, ...all: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest)
  } as typeof http.ServerResponse.prototype.writeHead
}
