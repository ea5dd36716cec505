import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '../../i18n/locales'
import { routing } from '../../i18n/routing'

export interface IssueContent {
  id: number
  locale: Locale
  subject: string
  preheader?: string
  body: unknown
  sentAt?: string | null
}

// An issue's text in one language, German where that language has none (the fallback is
// Payload's, per field). Links to sessions, topics and dialogues are populated (depth 1) so the
// mail can point at their reader addresses.
export async function issueContent(payload: Payload, id: number, locale: Locale): Promise<IssueContent | null> {
  const doc = await payload
    .findByID({ collection: 'newsletter-issues', id, locale, fallbackLocale: defaultLocale, depth: 1, overrideAccess: true })
    .catch((error: unknown) => {
      if ((error as { status?: number }).status === 404) return null
      throw error
    })
  if (!doc) return null
  return { id: doc.id, locale, subject: doc.subject, preheader: doc.preheader ?? undefined, body: doc.body, sentAt: doc.sentAt }
}

// The archive page of an issue: readable in the browser by anyone once it is sent.
export function archiveUrl(siteUrl: string, locale: Locale, id: number): string {
  const template = routing.pathnames['/newsletter/archive/[issue]'][locale]
  return `${siteUrl.replace(/\/$/, '')}/${locale}${template.replace('[issue]', String(id))}`
}
