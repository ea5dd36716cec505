import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'
import { adminText } from '../i18n/adminTranslations'

export interface Reference {
  collection: CollectionSlug
  field: string
}

// PostgreSQL would silently drop the reference rows (ON DELETE CASCADE) and leave pages with
// holes; an editor is told what still points here instead.
export const refuseDeleteWhileReferenced =
  (references: Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const found: string[] = []
    let total = 0
    for (const { collection, field } of references) {
      const { totalDocs } = await req.payload.count({
        collection,
        where: { [field]: { equals: id } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) {
        total += totalDocs
        found.push(`${collection} (${totalDocs})`)
      }
    }
    if (total === 0) return
    const message = adminText(req)('digitaldialoge:stillReferenced', { count: total, references: found.join(', ') })
    throw new APIError(message, 409, null, true)
  }
