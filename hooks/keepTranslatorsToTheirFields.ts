import { APIError, type CollectionBeforeChangeHook, type Field, type GlobalBeforeChangeHook, type PayloadRequest } from 'payload'
import { nonLocalizedChanges } from './nonLocalizedChanges'

const refusal = {
  fields: {
    de: 'Übersetzer:innen dürfen nur übersetzbare Felder ändern, nicht: ',
    es: 'Los traductores solo pueden cambiar campos traducibles, no: ',
    en: 'Translators may change translatable fields only, not: ',
  },
  publish: {
    de: 'Übersetzer:innen speichern Entwürfe; veröffentlichen kann die Redaktion.',
    es: 'Los traductores guardan borradores; la redacción publica.',
    en: 'Translators save drafts; editors publish.',
  },
}

interface Change {
  fields: Field[]
  versions: unknown
  data: Record<string, unknown>
  originalDoc: Record<string, unknown> | undefined
  req: PayloadRequest
}

// Field access would drop such changes silently; a translator is told instead. Publishing is
// document-wide in Payload (it would publish every locale), so it stays with editors.
function assertTranslatorChange({ fields, versions, data, originalDoc, req }: Change) {
  if (req.user?.role !== 'translator') return
  const language = (req.i18n?.language ?? 'de') as keyof typeof refusal.fields
  const changed = nonLocalizedChanges(fields, data, originalDoc)
  if (changed.length > 0) {
    throw new APIError(`${refusal.fields[language] ?? refusal.fields.de}${changed.join(', ')}`, 403, null, true)
  }
  const hasDrafts = Boolean(versions && typeof versions === 'object' && 'drafts' in versions && versions.drafts)
  if (hasDrafts && data._status === 'published') {
    throw new APIError(refusal.publish[language] ?? refusal.publish.de, 403, null, true)
  }
}

export const keepTranslatorsToTheirFields: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  assertTranslatorChange({ fields: collection.fields, versions: collection.versions, data, originalDoc, req })
  return data
}

export const keepTranslatorsToTheirGlobalFields: GlobalBeforeChangeHook = ({ global, data, originalDoc, req }) => {
  assertTranslatorChange({ fields: global.fields, versions: global.versions, data, originalDoc, req })
  return data
}
