// The address a request came from, counted from the right of X-Forwarded-For: every proxy
// appends the address it received the request from, so only the last `trustedProxyHops`
// entries were written by proxies we run; anything further left came from the client and can
// be forged. `next start` adds the socket address itself when no proxy set the header, so with
// 0 hops (no proxy in front) the right-most entry is the peer. With 1 hop (one load balancer)
// it is the entry the balancer appended, and so on.
export function clientIp(headers: Headers, trustedProxyHops: number): string | null {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const fromRight = entries.length - 1 - trustedProxyHops
  return fromRight >= 0 ? entries[fromRight]! : (entries[0] ?? null)
}
