import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { findPublished } from './published'
import { findUntranslatedFields } from './untranslated'

export interface LegalPage {
  page: Page
  untranslated: string[]
}

export async function findLegalPage(payload: Payload, locale: Locale, id: number): Promise<LegalPage | null> {
  const page = await findPublished<Page>(payload, 'pages', id, locale)
  if (!page) return null
  const untranslated = await findUntranslatedFields(payload, 'pages', id, locale, ['title', 'summary', 'body', 'meta'])
  return { page, untranslated }
}
