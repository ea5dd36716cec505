import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Session, Stakeholder, Topic } from '@/payload-types'
import { findPublished, listPublished, publishedRelations } from './published'
import { findUntranslatedFields, markUntranslated, type WithUntranslated } from './untranslated'

export type SessionSummary = Pick<
  Session,
  'id' | 'title' | 'slug' | 'kind' | 'format' | 'startsAt' | 'startsAt_tz' | 'endsAt' | 'endsAt_tz' | 'place' | 'summary'
>

export interface SessionPage {
  session: Session
  dialogue: WithUntranslated<{ id: number; title: string; slug?: string | null }> | null
  topics: WithUntranslated<Topic>[]
  stakeholders: WithUntranslated<Stakeholder>[]
  untranslated: string[]
}

export const sessionLocalizedFields = ['title', 'summary', 'outcomes', 'place', 'meta'] as const

// All published sessions of a dialogue, earliest first; the page splits upcoming from past.
export async function listSessions(payload: Payload, locale: Locale, dialogueId: number): Promise<WithUntranslated<SessionSummary>[]> {
  const sessions = await listPublished<SessionSummary>(payload, 'sessions', locale, {
    where: { dialogue: { equals: dialogueId } },
    sort: 'startsAt',
    select: {
      title: true, slug: true, kind: true, format: true, startsAt: true, startsAt_tz: true,
      endsAt: true, endsAt_tz: true, place: true, summary: true,
    },
  })
  return markUntranslated(payload, 'sessions', sessions, locale, ['title', 'summary'])
}

export async function findSessionPage(payload: Payload, locale: Locale, id: number): Promise<SessionPage | null> {
  const session = await findPublished<Session>(payload, 'sessions', id, locale)
  if (!session) return null
  return sessionPageOf(payload, locale, session, findUntranslatedFields(payload, 'sessions', id, locale, sessionLocalizedFields))
}

// What the page shows around a session read at depth 1 — the published one, or a draft in the
// admin's preview (lib/preview).
export async function sessionPageOf(payload: Payload, locale: Locale, session: Session, untranslatedFields: Promise<string[]>): Promise<SessionPage> {
  const dialogue = typeof session.dialogue === 'object' ? session.dialogue : null
  const [sessionTopics, sessionStakeholders] = await Promise.all([
    publishedRelations<Topic>(payload, 'topics', session.topics, locale),
    publishedRelations<Stakeholder>(payload, 'stakeholders', session.stakeholders, locale),
  ])
  const [untranslated, dialogues, topics, stakeholders] = await Promise.all([
    untranslatedFields,
    markUntranslated(payload, 'dialogues', dialogue ? [{ id: dialogue.id, title: dialogue.title, slug: dialogue.slug }] : [], locale, ['title']),
    markUntranslated(payload, 'topics', sessionTopics, locale, ['title']),
    markUntranslated(payload, 'stakeholders', sessionStakeholders, locale, ['name']),
  ])
  return { session, dialogue: dialogues[0] ?? null, topics, stakeholders, untranslated }
}
