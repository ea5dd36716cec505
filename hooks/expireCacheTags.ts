import { revalidateTag } from 'next/cache'
import type { PayloadRequest, RequestContext } from 'payload'

// Expire now, not stale-while-revalidate: an editor's change must show on the next request.
// revalidateTag throws outside a Next request (seed, `payload run`, tests); a failed
// expiry must never roll back the editor's save, so it is logged and swallowed.
export function expireCacheTags(cacheTags: Iterable<string>, req: PayloadRequest, context: RequestContext): void {
  if (context.disableRevalidate) return
  for (const tag of new Set(cacheTags)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      // One line per save, not per tag: outside a request every tag fails the same way.
      req.payload.logger.warn(`cache not expired (${tag} …): ${(error as Error).message}`)
      return
    }
  }
}
