import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Session, Topic, WorkplanArea } from '@/payload-types'
import { findUntranslatedFields, markUntranslated, type WithUntranslated } from './untranslated'

export interface TopicPage {
  topic: Topic
  areas: WithUntranslated<WorkplanArea>[]
  sessions: WithUntranslated<Pick<Session, 'id' | 'title' | 'slug' | 'startsAt' | 'startsAt_tz'>>[]
  untranslated: string[]
}

export async function findTopicPage(payload: Payload, locale: Locale, id: number): Promise<TopicPage | null> {
  const topic = await payload.findByID({ collection: 'topics', id, locale, overrideAccess: false, disableErrors: true, depth: 1 })
  if (!topic) return null
  const [sessions, untranslated] = await Promise.all([
    payload.find({
      collection: 'sessions',
      where: { topics: { contains: id } },
      locale,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: '-startsAt',
      select: { title: true, slug: true, startsAt: true, startsAt_tz: true },
    }),
    findUntranslatedFields(payload, 'topics', id, locale, ['title', 'description', 'meta']),
  ])
  const populatedAreas = (topic.areas ?? []).filter((area): area is WorkplanArea => typeof area === 'object' && area !== null)
  const [areas, markedSessions] = await Promise.all([
    markUntranslated(payload, 'workplan-areas', populatedAreas, locale, ['title']),
    markUntranslated(payload, 'sessions', sessions.docs as Pick<Session, 'id' | 'title' | 'slug' | 'startsAt' | 'startsAt_tz'>[], locale, ['title']),
  ])
  return { topic, areas, sessions: markedSessions, untranslated }
}
