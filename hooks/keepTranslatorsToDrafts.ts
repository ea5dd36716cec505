import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../access/roles'
import { adminText } from '../i18n/adminTranslations'

interface WriteArgs {
  data?: Record<string, unknown>
  draft?: boolean
  publishAllLocales?: unknown
  publishSpecificLocale?: unknown
  unpublishAllLocales?: unknown
}

// What decides a document's published state in Payload's update: a write without `draft`
// saves the main row (and `{"_status":"draft"}` then unpublishes every locale); these flags
// publish or unpublish locales.
const publicationFlags = ['publishAllLocales', 'publishSpecificLocale', 'unpublishAllLocales'] as const

// Publishing a locale is the editors' (each locale is published on its own, collections/
// editorialVersions.ts; a translator marks theirs "ready for review"), so a translator's write is always a draft —
// over REST, GraphQL, the Local API and the admin, whatever the request says. `_status:
// 'draft'` is what the admin's "Save draft" sends and what the save is anyway, so it is
// dropped; asking for anything else (publish, unpublish, restore a version) is refused with
// the reason instead of silently turned into something else.
export const keepTranslatorsToDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!hasRole(req.user, 'translator')) return args
  const refuse = (key: 'translatorDraftsOnly' | 'translatorNoRestore') =>
    new APIError(adminText(req)(`digitaldialoge:${key}`), 403, null, true)
  if (operation === 'restoreVersion') throw refuse('translatorNoRestore')
  if (operation !== 'update') return args
  const write = args as WriteArgs
  if (publicationFlags.some((flag) => ![undefined, null, false, 'false'].includes(write[flag] as never))) {
    throw refuse('translatorDraftsOnly')
  }
  const data = write.data
  if (data && typeof data === 'object' && '_status' in data) {
    if (data._status !== 'draft') throw refuse('translatorDraftsOnly')
    delete data._status
  }
  write.draft = true
  return args
}
