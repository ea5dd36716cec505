// The address a request came from, counted from the right of X-Forwarded-For. Every proxy
// appends the address it received the request from, and the production server appends the
// socket address itself (lib/http/recordPeerAddress.cjs), so the right-most entry is the peer
// and only the `trustedProxyHops` entries left of it were written by proxies we run; anything
// further left came from the client and can be forged. 0 hops: no proxy in front, the peer is
// the client; 1 hop: one load balancer, the client is the entry it appended.
export function clientIp(headers: Headers, trustedProxyHops: number): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  // Fewer entries than hops: the request bypassed a proxy; the left-most is the best we know.
  return entries[Math.max(0, entries.length - 1 - trustedProxyHops)]!
}
