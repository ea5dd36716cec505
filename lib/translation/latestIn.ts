import { isolateObjectProperty, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import type { Locale } from '@/i18n/locales'

// The latest text of a document (drafts included) in one locale, without fallback. Inside a
// save, pass its req (same transaction); the nested call gets a locale of its own (payload#18246).
export async function latestIn(payload: Payload, collection: CollectionSlug, id: number, locale: Locale, req?: PayloadRequest) {
  return (await payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req: req ? isolateObjectProperty(req, ['locale', 'fallbackLocale']) : undefined,
  })) as Record<string, unknown> | null
}
