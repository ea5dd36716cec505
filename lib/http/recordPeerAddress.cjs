// Loaded into the production server with `node --require` (scripts/start.ts, scripts/e2e.ts,
// the Dockerfile). Next only fills X-Forwarded-For with the socket address when the request
// has no such header, so a client could name any address it liked. Appending the socket
// address to every request, as a proxy does, makes the right-most entry the real peer, and
// lib/http/clientIp.ts counts TRUSTED_PROXY_HOPS from there.
// A CommonJS file: `node --require` loads it before Next, without a loader for TypeScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const http = require('node:http')

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === 'request' && request && request.socket && request.socket.remoteAddress) {
    const given = request.headers['x-forwarded-for']
    const peer = request.socket.remoteAddress
    request.headers['x-forwarded-for'] = given ? `${given}, ${peer}` : peer
  }
  return emit.call(this, event, request, ...rest)
}
