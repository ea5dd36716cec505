import type { Payload } from 'payload'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { databasePool } from '@/lib/db/pool'

export interface ArchivedIssue {
  id: number
  subject: string
  preheader?: string | null
  body: unknown
  sentAt: string
  // The issue has no text of its own in this language: it is shown in German.
  german: boolean
}

// Sent issues only — a draft, a scheduled or a running issue never reaches readers here
// (the collection itself is closed to the public; this is the one public view of it).
async function ownLanguage(payload: Payload, ids: number[], locale: Locale): Promise<Set<number>> {
  if (locale === defaultLocale || ids.length === 0) return new Set(ids)
  const { rows } = await databasePool(payload).query<{ id: number }>(
    `select _parent_id as id from newsletter_issues_locales where _locale::text = $1 and coalesce(subject, '') <> '' and _parent_id = any($2::int[])`,
    [locale, ids],
  )
  return new Set(rows.map((row) => row.id))
}

export async function findArchivedIssues(payload: Payload, locale: Locale): Promise<ArchivedIssue[]> {
  const { docs } = await payload.find({
    collection: 'newsletter-issues',
    where: { status: { equals: 'sent' } },
    sort: '-sentAt',
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    pagination: false,
    select: { subject: true, preheader: true, sentAt: true },
    overrideAccess: true,
  })
  const own = await ownLanguage(payload, docs.map((doc) => doc.id), locale)
  return docs.map((doc) => ({ id: doc.id, subject: doc.subject, preheader: doc.preheader, body: null, sentAt: doc.sentAt ?? '', german: !own.has(doc.id) }))
}

export async function findArchivedIssue(payload: Payload, locale: Locale, id: number): Promise<ArchivedIssue | null> {
  const { docs } = await payload.find({
    collection: 'newsletter-issues',
    where: { and: [{ id: { equals: id } }, { status: { equals: 'sent' } }] },
    locale,
    fallbackLocale: defaultLocale,
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc) return null
  const own = await ownLanguage(payload, [doc.id], locale)
  return { id: doc.id, subject: doc.subject, preheader: doc.preheader, body: doc.body, sentAt: doc.sentAt ?? '', german: !own.has(doc.id) }
}
