import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { rest } from '../api/http'

export interface PublishedDialogue {
  id: number
  title: Record<Locale, string>
  slug: Record<Locale, string>
  milestoneIds: string[]
  label: Record<Locale, string[]>
}

const locales: Locale[] = ['de', 'es', 'en']

// A dialogue published in three languages, with two milestones (a non-localized array with
// localized labels), written by the system as an editor would.
export async function createPublishedDialogue(payload: Payload): Promise<PublishedDialogue> {
  const tag = randomBytes(3).toString('hex')
  const title = { de: `Mexiko ${tag}`, es: `México ${tag}`, en: `Mexico ${tag}` }
  const slug = { de: `mexiko-${tag}`, es: `mexico-es-${tag}`, en: `mexico-en-${tag}` }
  const label = { de: ['Gründung', 'Erste Sitzung'], es: ['Fundación', 'Primera sesión'], en: ['Founding', 'First session'] }
  const created = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    data: {
      title: title.de,
      slug: slug.de,
      partnerCountry: { code: 'MX', name: 'Mexiko' },
      milestones: [{ year: 2015, label: label.de[0]! }, { year: 2016, label: label.de[1]! }],
      _status: 'published',
    },
  })
  const milestoneIds = (created.milestones ?? []).map((row) => row.id as string)
  for (const locale of ['es', 'en'] as const) {
    await payload.update({
      collection: 'dialogues',
      id: created.id,
      locale,
      data: {
        title: title[locale],
        slug: slug[locale],
        partnerCountry: { name: title[locale] },
        milestones: milestoneIds.map((id, i) => ({ id, year: 2015 + i, label: label[locale][i]! })),
        _status: 'published',
      },
    })
  }
  return { id: created.id, title, slug, milestoneIds, label }
}

// What a reader gets: the published document in each language, found by its slug without a login.
export async function publicReads(dialogue: PublishedDialogue) {
  const found: Record<string, { title?: string; labels?: string[] } | null> = {}
  for (const locale of locales) {
    const { status, json } = await rest('GET', `dialogues?where[slug][equals]=${dialogue.slug[locale]}&locale=${locale}&depth=0`)
    if (status !== 200) throw new Error(`public read ${locale}: ${status}`)
    const doc = (json.docs as { title: string; milestones?: { label: string }[] }[])[0]
    found[locale] = doc ? { title: doc.title, labels: doc.milestones?.map((row) => row.label) } : null
  }
  return found
}

export const asPublished = (dialogue: PublishedDialogue) =>
  Object.fromEntries(locales.map((locale) => [locale, { title: dialogue.title[locale], labels: dialogue.label[locale] }]))
