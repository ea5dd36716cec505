import { isIP } from 'node:net'

// Which address a request came from. The app's own server appends the TCP peer's address to
// X-Forwarded-For before any handler runs (lib/http/recordSocketAddress.ts), exactly as a
// reverse proxy does, so the list always ends with the peer. Entries further left were
// written by whoever sent the request: only the `trustedHops` proxies in front of us are
// believed. With 0 hops the client is the peer itself; with N the client is the entry the
// outermost trusted proxy recorded, N places left of the peer. Anything left of that is what
// the client chose to send and is ignored.
export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  // Fewer entries than proxies: the request did not pass all of them; the leftmost is the
  // closest to the client we have.
  const entry = entries[Math.max(0, entries.length - 1 - trustedHops)]
  return rateLimitedUnit(entry)
}

// One budget per client: an IPv4 address, or an IPv6 /64 — one subscriber line owns a whole
// /64, so counting single IPv6 addresses would hand every client 2^64 budgets.
export function rateLimitedUnit(raw: string): string | null {
  const address = raw.replace(/^\[|\](:\d+)?$/g, '').replace(/%.*$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]
  const version = isIP(address)
  if (version === 4) return address
  if (version === 6) return `${expandIpv6(address).slice(0, 4).join(':')}::/64`
  return null
}

function expandIpv6(address: string): string[] {
  const [head, tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') && tail ? tail.split(':') : []
  const zeros = Array(8 - left.length - right.length).fill('0')
  return [...left, ...(address.includes('::') ? zeros : []), ...right].map((group) => group.replace(/^0+(?=.)/, ''))
}
