import http from 'node:http'

// Next offers no hook below its own request handling. Code that must see every request before
// Next does (instrumentation.ts: the outage patch, the script-free reader pages) wraps the
// server's 'request' event once per process under its own name; `next` hands the request on.
export function wrapServerRequests(
  name: string,
  around: (request: http.IncomingMessage, response: http.ServerResponse, next: () => boolean) => boolean,
): void {
  const key = Symbol.for(`digitaldialoge.${name}`)
  const server = http.Server.prototype as http.Server & { [key: symbol]: true | undefined }
  if (server[key]) return
  server[key] = true
  const emit = server.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean
  server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== 'request') return emit.call(this, event, ...args)
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse]
    return around(request, response, () => emit.call(this, event, ...args))
  } as typeof server.emit
}
