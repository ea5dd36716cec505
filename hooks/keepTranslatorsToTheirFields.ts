import { APIError, type CollectionBeforeChangeHook, type Field, type GlobalBeforeChangeHook, type PayloadRequest } from 'payload'
import { adminText } from '../i18n/adminTranslations'
import { nonLocalizedChanges } from './nonLocalizedChanges'

interface Change {
  fields: Field[]
  data: Record<string, unknown>
  originalDoc: Record<string, unknown> | undefined
  req: PayloadRequest
}

// Field access would drop such changes silently; a translator is told instead. That the write
// is a draft is settled before (hooks/keepTranslatorsToDrafts); this is the last line should
// a published status still arrive here.
function assertTranslatorChange({ fields, data, originalDoc, req }: Change) {
  if (req.user?.role !== 'translator') return
  const t = adminText(req)
  const changed = nonLocalizedChanges(fields, data, originalDoc)
  if (changed.length > 0) {
    throw new APIError(t('digitaldialoge:translatorFieldsOnly', { fields: changed.join(', ') }), 403, null, true)
  }
  if (data._status === 'published') throw new APIError(t('digitaldialoge:translatorDraftsOnly'), 403, null, true)
}

export const keepTranslatorsToTheirFields: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  assertTranslatorChange({ fields: collection.fields, data, originalDoc, req })
  return data
}

export const keepTranslatorsToTheirGlobalFields: GlobalBeforeChangeHook = ({ global, data, originalDoc, req }) => {
  assertTranslatorChange({ fields: global.fields, data, originalDoc, req })
  return data
}
