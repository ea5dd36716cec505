import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

export interface Reference {
  collection: CollectionSlug
  field: string
}

const message = {
  de: (count: number) => `Wird noch verwendet (${count}×). Entfernen Sie zuerst die Verweise: `,
  es: (count: number) => `Todavía está en uso (${count}×). Elimine primero las referencias: `,
  en: (count: number) => `Still in use (${count}×). Remove the references first: `,
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
    const language = (req.i18n?.language ?? 'de') as keyof typeof message
    throw new APIError(`${(message[language] ?? message.de)(total)}${found.join(', ')}`, 409, null, true)
  }
