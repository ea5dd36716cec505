import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { defaultLocale, locales, type Locale } from '../../i18n/locales'

export interface Audience {
  languages: Locale[]
  interests: number[]
}

// The audience as the issue document holds it (ids or populated areas; empty means everyone).
export function audienceOf(doc: { audience?: { languages?: unknown; interests?: unknown } | null }): Audience {
  const languages = (Array.isArray(doc.audience?.languages) ? doc.audience.languages : []).filter((code): code is Locale =>
    locales.includes(code as Locale),
  )
  const interests = (Array.isArray(doc.audience?.interests) ? doc.audience.interests : [])
    .map((area) => (area && typeof area === 'object' ? (area as { id?: unknown }).id : area))
    .filter((id): id is number => typeof id === 'number' && Number.isSafeInteger(id))
  return { languages, interests }
}

// Confirmed readers in the audience: in one of its languages (if any are named) and sharing
// at least one of its interests (if any are named).
export function audienceCondition(audience: Audience): SQL {
  const parts: SQL[] = [sql`s.status = 'confirmed'`]
  if (audience.languages.length > 0) parts.push(sql`s.locale::text in (${sql.join(audience.languages.map((code) => sql`${code}`), sql`, `)})`)
  if (audience.interests.length > 0) {
    parts.push(sql`exists (select 1 from subscribers_rels r where r.parent_id = s.id and r.path = 'interests'
      and r.workplan_areas_id in (${sql.join(audience.interests.map((id) => sql`${id}`), sql`, `)}))`)
  }
  return sql.join(parts, sql` and `)
}

// The language a reader's mail is written in: theirs where the issue is translated, else German.
export function mailLocaleExpression(translated: readonly Locale[]): SQL {
  const usable = translated.length > 0 ? translated : [defaultLocale]
  return sql`case when s.locale::text in (${sql.join(usable.map((code) => sql`${code}`), sql`, `)}) then s.locale::text else ${defaultLocale} end`
}
