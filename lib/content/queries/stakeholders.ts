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

export async function findStakeholderPage(payload: Payload, locale: Locale, id: number): Promise<StakeholderPage | null> {
  // Depth 1 populates the logo and the meta image for link previews.
  const stakeholder = await findPublished<Stakeholder>(payload, 'stakeholders', id, locale)
  if (!stakeholder) return null
  const [dialogues, untranslated] = await Promise.all([
    listPublished<Pick<Dialogue, 'id' | 'title' | 'slug'>>(payload, 'dialogues', locale, {
      where: { partnerInstitutions: { contains: id } },
      select: { title: true, slug: true },
    }),
    findUntranslatedFields(payload, 'stakeholders', id, locale, ['name', 'description', 'meta']),
  ])
  const marked = await markUntranslated(payload, 'dialogues', dialogues, locale, ['title'])
  return { stakeholder, dialogues: marked, untranslated }
}
