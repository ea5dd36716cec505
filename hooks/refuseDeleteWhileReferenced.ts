import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { referencesTo } from '../lib/cache/references'

const message = {
  de: (count: number) => `Wird noch verwendet (${count}×). Entfernen Sie zuerst die Verweise: `,
  es: (count: number) => `Todavía está en uso (${count}×). Elimine primero las referencias: `,
  en: (count: number) => `Still in use (${count}×). Remove the references first: `,
}

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
  const language = (req.i18n?.language ?? 'de') as keyof typeof message
  throw new APIError(`${(message[language] ?? message.de)(total)}${found.join(', ')}`, 409, null, true)
}
