import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { tinyPng } from '../support/fixtures'

const unique = () => randomBytes(4).toString('hex')
const quiet = { disableRevalidate: true }

export async function picture(payload: Payload, alt: string) {
  const data = await tinyPng()
  return payload.create({
    collection: 'media',
    locale: 'de',
    context: quiet,
    data: { alt },
    file: { data, mimetype: 'image/png', name: `bild-${unique()}.png`, size: data.length },
  })
}

// One of everything readers see, each linked the way the Mexico dialogue is: a dialogue with a
// partner institution and a hero image, a workplan area, a topic in it, a session on it with
// documents, a legal page linked from the footer, an edited interface string.
export async function smallSite(payload: Payload) {
  const [logo, hero, document, metaImage] = await Promise.all(['Logo', 'Titelbild', 'Dokument', 'Vorschaubild'].map((alt) => picture(payload, alt)))
  const stakeholder = await payload.create({
    collection: 'stakeholders',
    context: quiet,
    data: { name: `Amt ${unique()}`, country: 'DE', sector: 'government', logo: logo.id, _status: 'published' },
  })
  const dialogue = await payload.create({
    collection: 'dialogues',
    context: quiet,
    data: {
      title: `Dialog ${unique()}`,
      partnerCountry: { code: 'MX', name: 'Mexiko' },
      partnerInstitutions: [stakeholder.id],
      heroImage: hero.id,
      _status: 'published',
    },
  })
  const area = await payload.create({ collection: 'workplan-areas', context: quiet, data: { title: `Bereich ${unique()}`, dialogue: dialogue.id, order: 1 } })
  const topic = await payload.create({ collection: 'topics', context: quiet, data: { _status: 'published', title: `Thema ${unique()}`, areas: [area.id] } })
  // The Spanish meta image only: a localized relation.
  await payload.update({ collection: 'topics', id: topic.id, locale: 'es', context: quiet, data: { _status: 'published', title: `Tema ${unique()}`, meta: { image: metaImage.id } } })
  const session = await payload.create({
    collection: 'sessions',
    context: quiet,
    data: {
      title: `Sitzung ${unique()}`,
      dialogue: dialogue.id,
      kind: 'workshop',
      format: 'online',
      startsAt: '2026-06-01T10:00:00.000Z',
      startsAt_tz: 'Europe/Berlin',
      topics: [topic.id],
      stakeholders: [stakeholder.id],
      documents: [document.id],
      _status: 'published',
    },
  })
  const page = await payload.create({ collection: 'pages', context: quiet, data: { title: `Seite ${unique()}`, _status: 'published' } })
  await payload.updateGlobal({ slug: 'footer', context: quiet, data: { links: [{ label: 'Seite', page: page.id }] } })
  // The header: the ministry's logo, and a menu entry for the dialogue's sessions.
  await payload.updateGlobal({ slug: 'site-settings', locale: 'de', context: quiet, data: { siteName: 'Digitaldialoge', logo: logo.id } })
  await payload.updateGlobal({ slug: 'navigation', locale: 'de', context: quiet, data: { items: [{ label: 'Sitzungen', section: 'sessions', dialogue: dialogue.id }] } })
  const string = await payload.create({
    collection: 'interface-strings',
    context: quiet,
    data: { key: `Zz.graph_${unique()}`, namespace: 'Zz', source: 'Hallo', value: 'Hallo' },
  })
  await payload.update({ collection: 'interface-strings', id: string.id, locale: 'es', context: quiet, data: { value: 'Hola' } })
  return { logo, hero, document, metaImage, stakeholder, dialogue, area, topic, session, page, string }
}
