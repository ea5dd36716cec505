import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { locales, type Locale } from '../../i18n/locales'
import { postgresAdapterOf } from '../../lib/db/pool'
import { audienceCondition, audienceOf } from './audience'
import { translatedLocales } from './translatedLocales'

export interface AudienceSummary {
  total: number
  // Per reader language: how many readers, and the language their mail is in.
  languages: { language: Locale; readers: number; mailLanguage: Locale }[]
  // Reader languages the issue is not translated into (their readers get German).
  fallsBackToGerman: Locale[]
}

// What the admin shows before sending: the same audience and language rule the start applies
// (audience.ts), counted. Readers confirming or leaving meanwhile change it until the start.
export async function audienceSummary(payload: Payload, issueId: number): Promise<AudienceSummary | null> {
  const issue = await payload.findByID({ collection: 'newsletter-issues', id: issueId, depth: 0, overrideAccess: true }).catch(() => null)
  if (!issue) return null
  const db = postgresAdapterOf(payload).drizzle
  const translated = await translatedLocales(db, issueId)
  const result = await db.execute(sql`select s.locale::text as language, count(*)::int as readers from subscribers s
    where ${audienceCondition(audienceOf(issue))} group by s.locale`)
  const counts = new Map((result.rows as { language: Locale; readers: number }[]).map((row) => [row.language, row.readers]))
  const languages = locales
    .filter((language) => counts.has(language))
    .map((language) => ({ language, readers: counts.get(language)!, mailLanguage: translated.includes(language) ? language : ('de' as Locale) }))
  return {
    total: languages.reduce((sum, row) => sum + row.readers, 0),
    languages,
    fallsBackToGerman: languages.filter((row) => row.mailLanguage !== row.language).map((row) => row.language),
  }
}

export interface Progress {
  status: string
  pending: number
  sending: number
  sent: number
  failed: number
  skipped: number
}

// Sent / pending / failed as the deliveries stand (the admin polls it while an issue is sent).
export async function deliveryProgress(payload: Payload, issueId: number): Promise<Progress | null> {
  const { rows } = await postgresAdapterOf(payload).pool!.query<{ issue: string | null; status: string | null; count: number }>(
    `select i.status::text as issue, d.status::text as status, count(d.id)::int as count
     from newsletter_issues i left join newsletter_deliveries d on d.issue_id = i.id
     where i.id = $1 group by i.status, d.status`,
    [issueId],
  )
  if (rows.length === 0) return null
  const progress: Progress = { status: rows[0].issue ?? 'draft', pending: 0, sending: 0, sent: 0, failed: 0, skipped: 0 }
  for (const row of rows) if (row.status && row.status in progress) progress[row.status as keyof Omit<Progress, 'status'>] = row.count
  return progress
}
