import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Session, Stakeholder, Topic } from '@/payload-types'
import { findPublished, listPublished } from './published'
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

const localizedFields = ['title', 'summary', 'outcomes', 'place', 'meta'] as const

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
  const populated = <T extends object>(items: (number | T)[] | null | undefined) =>
    (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)
  const dialogue = typeof session.dialogue === 'object' ? session.dialogue : null
  const [untranslated, dialogues, topics, stakeholders] = await Promise.all([
    findUntranslatedFields(payload, 'sessions', id, locale, localizedFields),
    markUntranslated(payload, 'dialogues', dialogue ? [{ id: dialogue.id, title: dialogue.title, slug: dialogue.slug }] : [], locale, ['title']),
    markUntranslated(payload, 'topics', populated<Topic>(session.topics), locale, ['title']),
    markUntranslated(payload, 'stakeholders', populated<Stakeholder>(session.stakeholders), locale, ['name']),
  ])
  return { session, dialogue: dialogues[0] ?? null, topics, stakeholders, untranslated }
}
