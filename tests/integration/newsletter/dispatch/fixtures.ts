import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { databasePool } from '@/lib/db/pool'

export const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

// Readers written straight into the table: the double opt-in is tested elsewhere, and these
// tests need many readers in given states fast.
export async function insertReaders(
  payload: Payload,
  readers: { locale: Locale; status?: 'confirmed' | 'pending' | 'unsubscribed'; interests?: number[] }[],
): Promise<{ id: number; email: string; locale: Locale }[]> {
  const pool = databasePool(payload)
  const run = randomBytes(3).toString('hex')
  const made: { id: number; email: string; locale: Locale }[] = []
  for (const [index, reader] of readers.entries()) {
    const email = `r${index}-${run}@readers.example.org`
    const { rows } = await pool.query<{ id: number }>(
      `insert into subscribers (email, status, locale, confirmed_at, updated_at, created_at)
       values ($1, $2, $3, now(), now(), now()) returning id`,
      [email, reader.status ?? 'confirmed', reader.locale],
    )
    for (const area of reader.interests ?? []) {
      await pool.query(`insert into subscribers_rels ("order", parent_id, path, workplan_areas_id) values (1, $1, 'interests', $2)`, [rows[0].id, area])
    }
    made.push({ id: rows[0].id, email, locale: reader.locale })
  }
  return made
}

// An issue written in German and, where given, in other languages.
export async function createIssue(
  payload: Payload,
  options: { translations?: Locale[]; audience?: { languages?: Locale[]; interests?: number[] } } = {},
) {
  const run = randomBytes(3).toString('hex')
  const issue = await payload.create({
    collection: 'newsletter-issues',
    locale: 'de',
    data: { status: 'draft', subject: `Ausgabe ${run}`, preheader: 'Neues aus den Dialogen', body: paragraph('Hallo aus Berlin') as never, audience: options.audience ?? {} },
    overrideAccess: true,
  })
  for (const locale of options.translations ?? []) {
    await payload.update({
      collection: 'newsletter-issues',
      id: issue.id,
      locale,
      data: { subject: `Issue ${locale} ${run}`, body: paragraph(`Hello in ${locale}`) as never },
      overrideAccess: true,
    })
  }
  return issue
}

export async function deliveriesOf(payload: Payload, issueId: number) {
  const { rows } = await databasePool(payload).query<{ subscriberId: number; locale: Locale; status: string }>(
    `select subscriber_id::int as "subscriberId", locale::text as locale, status::text as status from newsletter_deliveries where issue_id = $1 order by subscriber_id`,
    [issueId],
  )
  return rows
}

export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 30_000, stepMs = 50) {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, stepMs))
  }
  throw new Error('condition not reached in time')
}
