import { sql } from '@payloadcms/db-postgres'
import { defaultLocale, locales, type Locale } from '../../i18n/locales'
import type { requestDatabase } from '../../lib/db/requestDatabase'

type Database = Awaited<ReturnType<typeof requestDatabase>>

// The locales an issue is written in: a subject and a body of their own. German is the source
// and always counts (a reader whose language is missing gets German).
export async function translatedLocales(db: Database, issueId: number): Promise<Locale[]> {
  const result = await db.execute(sql`select _locale::text as locale from newsletter_issues_locales
    where _parent_id = ${issueId} and coalesce(subject, '') <> '' and body is not null`)
  const found = new Set((result.rows as { locale: string }[]).map((row) => row.locale))
  return locales.filter((code) => code === defaultLocale || found.has(code))
}
