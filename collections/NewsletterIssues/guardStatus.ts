import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../access/roles'
import { adminText } from '../../i18n/adminTranslations'
import { nonLocalizedChanges, same } from '../../hooks/nonLocalizedChanges'
import { editableStatuses, staffTransitions, type IssueStatus } from './statuses'

// The dispatcher's own writes (sending → sent, scheduled → sending) say so in the context; it
// runs outside Next (the worker), where there is no page cache to expire.
// What readers receive; frozen once the first delivery exists.
const contentFields = ['subject', 'preheader', 'body', 'audience', 'scheduledAt']

export const dispatcherContext = { newsletterDispatcher: true, disableRevalidate: true }

// Field access would drop a forbidden change silently; here every refusal says why.
// Admins and editors move an issue along staffTransitions; translators change the localized
// fields of a draft only; nobody edits what readers have started to receive.
export const guardStatus: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req, operation, context }) => {
  if (context.newsletterDispatcher) return data
  const t = adminText(req)
  const refuse = (message: string) => new APIError(message, 403, null, true)
  const before = (originalDoc?.status ?? 'draft') as IssueStatus
  const after = (data.status ?? before) as IssueStatus
  if (operation === 'create') {
    if (after !== 'draft' && after !== 'scheduled') throw refuse(t('digitaldialoge:issueCreateAsDraft'))
    return data
  }
  if (hasRole(req.user, 'translator')) {
    if (before !== 'draft') throw refuse(t('digitaldialoge:issueTranslateDraftsOnly'))
    const changed = nonLocalizedChanges(collection.fields, data, originalDoc)
    if (changed.length > 0) throw refuse(t('digitaldialoge:translatorFieldsOnly', { fields: changed.join(', ') }))
    return data
  }
  if (after !== before && !staffTransitions[before].includes(after)) {
    throw refuse(t('digitaldialoge:issueTransition', { from: before, to: after }))
  }
  if (!editableStatuses.includes(before)) {
    const changed = contentFields.filter((key) => key in data && !same(data[key], originalDoc?.[key]))
    if (changed.length > 0) throw refuse(t('digitaldialoge:issueFrozen', { fields: changed.join(', ') }))
  }
  if (after === 'scheduled') {
    const at = data.scheduledAt ?? originalDoc?.scheduledAt
    if (!at || Number.isNaN(Date.parse(String(at)))) throw new APIError(t('digitaldialoge:issueScheduleNeedsTime'), 400, null, true)
  }
  return data
}
