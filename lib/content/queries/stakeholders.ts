import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import type { Dialogue, Stakeholder } from '@/payload-types'
import { findUntranslatedFields, markUntranslated, type WithUntranslated } from './untranslated'

export interface StakeholderPage {
  stakeholder: Stakeholder
  dialogues: WithUntranslated<Pick<Dialogue, 'id' | 'title' | 'slug'>>[]
  untranslated: string[]
}

export async function findStakeholderPage(payload: Payload, locale: Locale, id: number): Promise<StakeholderPage | null> {
  const stakeholder = await payload.findByID({
    collection: 'stakeholders',
    id,
    locale,
    overrideAccess: false,
    disableErrors: true,
    // Populates the meta image for link previews.
    depth: 1,
    joins: false,
  })
  if (!stakeholder) return null
  const [dialogues, untranslated] = await Promise.all([
    payload.find({
      collection: 'dialogues',
      where: { partnerInstitutions: { contains: id } },
      locale,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      select: { title: true, slug: true },
    }),
    findUntranslatedFields(payload, 'stakeholders', id, locale, ['name', 'description', 'meta']),
  ])
  const marked = await markUntranslated(payload, 'dialogues', dialogues.docs as Pick<Dialogue, 'id' | 'title' | 'slug'>[], locale, ['title'])
  return { stakeholder, dialogues: marked, untranslated }
}
