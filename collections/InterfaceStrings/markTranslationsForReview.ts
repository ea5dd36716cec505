import { isolateObjectProperty, type CollectionAfterChangeHook } from 'payload'
import { defaultLocale, locales } from '../../i18n/locales'
import { syncContext } from '../../i18n/strings/syncContext'

// When the German text changes in the admin, every translation of it may now be wrong.
// The flags are written in the same transaction (req) as the German change.
export const markTranslationsForReview: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context[syncContext] || req.locale !== defaultLocale) return doc
  if ((doc.value ?? '') === (previousDoc?.value ?? '')) return doc
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    await req.payload.update({
      collection: 'interface-strings',
      id: doc.id,
      locale,
      data: { needsReview: true },
      overrideAccess: true,
      depth: 0,
      context: { [syncContext]: true, disableRevalidate: true },
      // A nested call with another locale would otherwise change the caller's req.locale.
      req: isolateObjectProperty(req, ['locale', 'fallbackLocale']),
    })
  }
  return doc
}
