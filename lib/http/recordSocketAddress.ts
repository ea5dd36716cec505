import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

// Next hands route handlers and server actions a Request without the TCP peer's address
// (NextRequest.ip is gone since Next 15), and its server only fills X-Forwarded-For when the
// client sent none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
// next/dist/server/base-server.js) — so a client that sends its own header picks its own
// address. Node announces every request on the `http.server.request.start` diagnostics
// channel before any listener sees it; there the peer's address is appended to
// X-Forwarded-For, as a proxy would do, so the list the app reads always ends with the peer
// (lib/http/clientAddress.ts). Started once per process from instrumentation.ts.
let recording = false

export function recordSocketAddress(): void {
  if (recording) return
  recording = true
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    appendPeer(request, socket.remoteAddress)
  })
}

export function appendPeer(request: IncomingMessage, peer: string | undefined): void {
  const sent = request.headers['x-forwarded-for']
  const list = [sent].flat().filter((value): value is string => Boolean(value))
  request.headers['x-forwarded-for'] = [...list, peer ?? 'unknown'].join(', ')
}
