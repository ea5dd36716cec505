import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Dialogue, Stakeholder } from '@/payload-types'
import { findPublished, listPublished } from './published'
import { findUntranslatedFields, markUntranslated, type WithUntranslated } from './untranslated'

export interface StakeholderPage {
  stakeholder: Stakeholder
  dialogues: WithUntranslated<Pick<Dialogue, 'id' | 'title' | 'slug'>>[]
  untranslated: string[]
}

export const stakeholderLocalizedFields = ['name', 'description', 'meta'] as const

export async function findStakeholderPage(payload: Payload, locale: Locale, id: number): Promise<StakeholderPage | null> {
  // Depth 1 populates the logo and the meta image for link previews.
  const stakeholder = await findPublished<Stakeholder>(payload, 'stakeholders', id, locale)
  if (!stakeholder) return null
  return stakeholderPageOf(payload, locale, stakeholder, findUntranslatedFields(payload, 'stakeholders', id, locale, stakeholderLocalizedFields))
}

// What the page shows around an institution read at depth 1 — the published one, or a draft in
// the admin's preview (lib/preview).
export async function stakeholderPageOf(
  payload: Payload,
  locale: Locale,
  stakeholder: Stakeholder,
  untranslatedFields: Promise<string[]>,
): Promise<StakeholderPage> {
  const [dialogues, untranslated] = await Promise.all([
    listPublished<Pick<Dialogue, 'id' | 'title' | 'slug'>>(payload, 'dialogues', locale, {
      where: { partnerInstitutions: { contains: stakeholder.id } },
      select: { title: true, slug: true },
    }),
    untranslatedFields,
  ])
  const marked = await markUntranslated(payload, 'dialogues', dialogues, locale, ['title'])
  return { stakeholder, dialogues: marked, untranslated }
}

export type StakeholderSummary = WithUntranslated<Pick<Stakeholder, 'id' | 'name' | 'slug' | 'acronym' | 'country' | 'sector'>>

// Every published institution, by name: the institutions page groups them by country.
export async function listStakeholders(payload: Payload, locale: Locale): Promise<StakeholderSummary[]> {
  const stakeholders = await listPublished<Pick<Stakeholder, 'id' | 'name' | 'slug' | 'acronym' | 'country' | 'sector'>>(
    payload,
    'stakeholders',
    locale,
    { sort: 'name', select: { name: true, slug: true, acronym: true, country: true, sector: true } },
  )
  return markUntranslated(payload, 'stakeholders', stakeholders, locale, ['name'])
}
