import { headers } from 'next/headers'
import type { Locale } from '@/i18n/locales'
import { payloadClient } from '@/lib/payloadClient'
import type { Dialogue, Page, Session } from '@/payload-types'
import type { PreviewableCollection } from './previewableCollections'

export type PreviewDocument =
  | { collection: 'dialogues'; doc: Dialogue }
  | { collection: 'sessions'; doc: Session }
  | { collection: 'pages'; doc: Page }

// The latest version — draft included — for the person logged in to the admin (the admin's
// cookie comes with the request). Never cached; anyone else gets null, i.e. a 404.
export async function getPreviewDocument(
  collection: PreviewableCollection,
  id: number,
  locale: Locale,
): Promise<PreviewDocument | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return null
  try {
    const doc = await payload.findByID({ collection, id, locale, draft: true, depth: 1, overrideAccess: false, user })
    return { collection, doc } as PreviewDocument
  } catch (error) {
    // A document that does not exist (or this editor may not see) is a 404; anything else —
    // the database away, a broken query — is the page's error, not a silent "not found".
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 403) return null
    throw error
  }
}
