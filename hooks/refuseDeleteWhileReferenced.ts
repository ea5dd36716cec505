import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { adminText } from '../i18n/adminTranslations'
import { referencesTo } from '../lib/cache/references'

// PostgreSQL would silently drop the reference rows (ON DELETE CASCADE) and leave pages with
// holes; an editor is told what still points here instead. What may point here comes from the
// relation graph (lib/cache/relationGraph), so every collection is guarded the same way.
export const refuseDeleteWhileReferenced: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const found: string[] = []
  let total = 0
  for (const { source, count } of await referencesTo(req, collection.slug, id)) {
    total += count
    found.push(`${source} (${count})`)
  }
  if (total === 0) return
  const message = adminText(req)('digitaldialoge:stillReferenced', { count: total, references: found.join(', ') })
  throw new APIError(message, 409, null, true)
}
