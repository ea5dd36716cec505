import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Dialogue, Media, Stakeholder, Topic, WorkplanArea } from '@/payload-types'
import { findPublished, listPublished, publishedRelations } from './published'
import { findUntranslatedFields, markUntranslated, type WithUntranslated } from './untranslated'

export type DialogueSummary = Pick<Dialogue, 'id' | 'title' | 'slug' | 'summary' | 'partnerCountry' | 'updatedAt'>

export interface WorkplanAreaWithTopics extends Pick<WorkplanArea, 'id' | 'title' | 'slug' | 'description'> {
  topics: WithUntranslated<Pick<Topic, 'id' | 'title' | 'slug'>>[]
  untranslated: string[]
}

export interface DialoguePage {
  dialogue: Dialogue
  partners: WithUntranslated<Stakeholder>[]
  // The hero image, its alt text marked when shown in German.
  hero: WithUntranslated<Media> | null
  areas: WorkplanAreaWithTopics[]
  untranslated: string[]
}

export const dialogueLocalizedFields = ['title', 'summary', 'body', 'partnerCountry', 'milestones', 'meta'] as const

export async function listDialogues(payload: Payload, locale: Locale): Promise<WithUntranslated<DialogueSummary>[]> {
  const dialogues = await listPublished<DialogueSummary>(payload, 'dialogues', locale, {
    sort: 'title',
    select: { title: true, slug: true, summary: true, partnerCountry: true, updatedAt: true },
  })
  return markUntranslated(payload, 'dialogues', dialogues, locale, ['title', 'summary'])
}

// Everything the dialogue page shows, in the reader's locale.
export async function findDialoguePage(payload: Payload, locale: Locale, id: number): Promise<DialoguePage | null> {
  const dialogue = await findPublished<Dialogue>(payload, 'dialogues', id, locale)
  if (!dialogue) return null
  return dialoguePageOf(payload, locale, dialogue, findUntranslatedFields(payload, 'dialogues', id, locale, dialogueLocalizedFields))
}

// What the page shows around a dialogue read at depth 1 — the published one, or a draft in the
// admin's preview (lib/preview) — with the fields the reader sees in German.
export async function dialoguePageOf(payload: Payload, locale: Locale, dialogue: Dialogue, untranslatedFields: Promise<string[]>): Promise<DialoguePage> {
  const populatedPartners = await publishedRelations<Stakeholder>(payload, 'stakeholders', dialogue.partnerInstitutions, locale)
  const heroImage = typeof dialogue.heroImage === 'object' && dialogue.heroImage?.mimeType?.startsWith('image/') ? dialogue.heroImage : null
  const [areas, untranslated, partners, heroes] = await Promise.all([
    listWorkplanAreas(payload, locale, dialogue.id),
    untranslatedFields,
    markUntranslated(payload, 'stakeholders', populatedPartners, locale, ['name']),
    markUntranslated(payload, 'media', heroImage ? [heroImage] : [], locale, ['alt', 'caption']),
  ])
  return { dialogue, partners, hero: heroes[0] ?? null, areas, untranslated }
}

async function listWorkplanAreas(payload: Payload, locale: Locale, dialogueId: number): Promise<WorkplanAreaWithTopics[]> {
  const [areas, topics] = await Promise.all([
    listPublished<Pick<WorkplanArea, 'id' | 'title' | 'slug' | 'description'>>(payload, 'workplan-areas', locale, {
      where: { dialogue: { equals: dialogueId } },
      sort: 'order',
      select: { title: true, slug: true, description: true },
    }),
    listPublished<Pick<Topic, 'id' | 'title' | 'slug' | 'areas'>>(payload, 'topics', locale, {
      where: { 'areas.dialogue': { equals: dialogueId } },
      sort: 'title',
      select: { title: true, slug: true, areas: true },
    }),
  ])
  const [markedAreas, markedTopics] = await Promise.all([
    markUntranslated(payload, 'workplan-areas', areas, locale, ['title', 'description']),
    markUntranslated(payload, 'topics', topics, locale, ['title']),
  ])
  return markedAreas.map((area) => ({
    id: area.id,
    title: area.title,
    slug: area.slug,
    description: area.description,
    untranslated: area.untranslated,
    topics: markedTopics
      .filter((topic) => (topic.areas ?? []).some((a) => (typeof a === 'object' ? a.id : a) === area.id))
      .map(({ id, title, slug, untranslated }) => ({ id, title, slug, untranslated })),
  }))
}
