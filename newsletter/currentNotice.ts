import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { findPrivacyNotice } from '../lib/content/queries/newsletter'
import { databasePool } from '../lib/db/pool'
import { noticeConsented, type NoticeConsented } from './ledger'

// The notice a sign-up consents to. Reading the page through Payload, hashing its text and finding
// its copy took a tenth of a sign-up's time, for a text that changes a few times a year: the
// result is kept per language and per state of the privacy page (its id and `updated_at`, which
// every publish or unpublish in any language moves), so the one cheap query below is all a
// sign-up pays while nothing changed, and the first sign-up after a change reads it anew.
const known = new Map<string, Promise<NoticeConsented>>()

export async function currentNotice(payload: Payload, locale: Locale): Promise<NoticeConsented> {
  const { rows } = await databasePool(payload).query<{ state: string }>(
    `SELECT id || '@' || updated_at::text AS state FROM pages WHERE key = 'privacy'`,
  )
  const key = `${locale}:${rows[0]?.state ?? 'none'}`
  let notice = known.get(key)
  if (!notice) {
    if (known.size > 50) known.clear()
    // Before the sign-up's transaction opens: the copy is written on a connection of its own.
    notice = findPrivacyNotice(payload, locale).then((found) => noticeConsented(payload, found))
    known.set(key, notice)
    notice.catch(() => known.delete(key))
  }
  return notice
}
