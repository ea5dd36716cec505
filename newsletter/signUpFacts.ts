import type { Payload } from 'payload'
import type { Locale } from '../i18n/locales'
import { findPrivacyNotice, listOfferedInterestIds } from '../lib/content/queries/newsletter'
import { databasePool } from '../lib/db/pool'
import { noticeConsented, type NoticeConsented } from './ledger'

// What a sign-up needs to know that changes a few times a year: the privacy notice the reader
// consents to (its version, hash and stored copy, per language) and the workplan areas offered
// as interests. Reading them through Payload on every sign-up cost more than the sign-up's own
// writes, so they are kept for one state of their tables, and the sign-up's one statement
// (newsletter/registration.ts) checks that state as it writes: a sign-up made against facts
// that changed meanwhile writes nothing and is made again with the facts read anew. The state:
// the privacy page's id and `updated_at` (every publish or unpublish in any language moves it),
// and the areas' count and latest `updated_at` (a publish, an unpublish, a new or deleted area).
export const factsStateSql = `(
  coalesce((SELECT id || '@' || updated_at::text FROM pages WHERE key = 'privacy'), 'none') || '|' ||
  (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM workplan_areas))`

export interface SignUpFacts {
  state: string
  notice(locale: Locale): Promise<NoticeConsented>
  offersInterests(ids: number[]): Promise<boolean>
}

let known: SignUpFacts | undefined
let firstRead: Promise<SignUpFacts> | undefined

// The facts as last read, with no query while there are any; the statement that uses them
// checks they still hold. The first sign-ups after a start share one read (50 at once each
// read the notice through Payload before, and waited a second for each other).
export async function lastKnownFacts(payload: Payload): Promise<SignUpFacts> {
  if (known) return known
  firstRead ??= readFactsState(payload).then((state) => factsAt(payload, state))
  firstRead.catch(() => (firstRead = undefined))
  return firstRead
}

export async function readFactsState(payload: Payload): Promise<string> {
  const { rows } = await databasePool(payload).query<{ state: string }>(`SELECT ${factsStateSql} AS state`)
  return rows[0].state
}

// The facts of `state`, which the caller saw before asking: what is read now is at least that
// new, so a check against `state` that passes means nothing changed in between.
export function factsAt(payload: Payload, state: string): SignUpFacts {
  if (known?.state === state) return known
  const notices = new Map<Locale, Promise<NoticeConsented>>()
  let offered: Promise<Set<number>> | undefined
  const facts: SignUpFacts = {
    state,
    notice(locale) {
      let notice = notices.get(locale)
      if (!notice) {
        // Before the sign-up's statement: the copy is written on a connection of its own.
        notice = findPrivacyNotice(payload, locale).then((found) => noticeConsented(payload, found))
        notices.set(locale, notice)
        notice.catch(() => notices.delete(locale))
      }
      return notice
    },
    async offersInterests(ids) {
      if (ids.length === 0) return true
      if (!offered) {
        offered = listOfferedInterestIds(payload).then((list) => new Set(list))
        offered.catch(() => (offered = undefined))
      }
      const set = await offered
      return ids.every((id) => set.has(id))
    },
  }
  known = facts
  return facts
}
