import type { CollectionBeforeChangeHook } from 'payload'
import { defaultLocale } from '../../i18n/locales'
import { syncContext } from '../../i18n/strings/syncContext'

// A value changed in the admin is the translator's from now on: the sync from the JSON files
// never overwrites it, and saving it counts as the review the German change asked for.
export const trackTranslationState: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || context[syncContext] || !('value' in data)) return data
  const before = (originalDoc as { value?: string | null } | undefined)?.value ?? ''
  if ((data.value ?? '') === before) return data
  data.origin = 'edited'
  if (req.locale !== defaultLocale) data.needsReview = false
  return data
}
