import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Session, Topic, WorkplanArea } from '@/payload-types'
import { findPublished, listPublished } from './published'
import { findUntranslatedFields, markUntranslated, type WithUntranslated } from './untranslated'

type TopicSession = Pick<Session, 'id' | 'title' | 'slug' | 'startsAt' | 'startsAt_tz'>

export interface TopicPage {
  topic: Topic
  areas: WithUntranslated<WorkplanArea>[]
  sessions: WithUntranslated<TopicSession>[]
  untranslated: string[]
}

export const topicLocalizedFields = ['title', 'description', 'meta'] as const

export async function findTopicPage(payload: Payload, locale: Locale, id: number): Promise<TopicPage | null> {
  const topic = await findPublished<Topic>(payload, 'topics', id, locale)
  if (!topic) return null
  return topicPageOf(payload, locale, topic, findUntranslatedFields(payload, 'topics', id, locale, topicLocalizedFields))
}

// What the page shows around a topic read at depth 1 — the published one, or a draft in the
// admin's preview (lib/preview).
export async function topicPageOf(payload: Payload, locale: Locale, topic: Topic, untranslatedFields: Promise<string[]>): Promise<TopicPage> {
  const [sessions, untranslated] = await Promise.all([
    listPublished<TopicSession>(payload, 'sessions', locale, {
      where: { topics: { contains: topic.id } },
      sort: '-startsAt',
      select: { title: true, slug: true, startsAt: true, startsAt_tz: true },
    }),
    untranslatedFields,
  ])
  const populatedAreas = (topic.areas ?? []).filter((area): area is WorkplanArea => typeof area === 'object' && area !== null)
  const [areas, markedSessions] = await Promise.all([
    markUntranslated(payload, 'workplan-areas', populatedAreas, locale, ['title']),
    markUntranslated(payload, 'sessions', sessions, locale, ['title']),
  ])
  return { topic, areas, sessions: markedSessions, untranslated }
}

export type TopicSummary = WithUntranslated<Pick<Topic, 'id' | 'title' | 'slug' | 'description'>>

// Every published topic, by title: the topics page.
export async function listTopics(payload: Payload, locale: Locale): Promise<TopicSummary[]> {
  const topics = await listPublished<Pick<Topic, 'id' | 'title' | 'slug' | 'description'>>(payload, 'topics', locale, {
    sort: 'title',
    select: { title: true, slug: true, description: true },
  })
  return markUntranslated(payload, 'topics', topics, locale, ['title', 'description'])
}
