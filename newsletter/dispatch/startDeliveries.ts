import { sql } from '@payloadcms/db-postgres'
import type { requestDatabase } from '../../lib/db/requestDatabase'
import { audienceCondition, mailLocaleExpression, type Audience } from './audience'
import { translatedLocales } from './translatedLocales'

type Database = Awaited<ReturnType<typeof requestDatabase>>

// One pending delivery per confirmed reader in the audience, in their language or German,
// written in the transaction that moves the issue to `sending`: the status and the rows land
// together or not at all. The unique (issue, subscriber) index makes a second start a no-op.
export async function startDeliveries(db: Database, issueId: number, audience: Audience): Promise<number> {
  const translated = await translatedLocales(db, issueId)
  const result = await db.execute(sql`
    insert into newsletter_deliveries (issue_id, subscriber_id, locale, status, attempts, updated_at, created_at)
    select ${issueId}, s.id, (${mailLocaleExpression(translated)})::enum_newsletter_deliveries_locale, 'pending', 0, now(), now()
    from subscribers s
    where ${audienceCondition(audience)}
    order by s.id
    on conflict (issue_id, subscriber_id) do nothing`)
  return result.rowCount ?? 0
}
