import { randomBytes } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import { postgresAdapterOf } from '@/lib/db/pool'
import { translationStatus } from '@/i18n/strings/translationStatus'
import type { Locale } from '@/i18n/locales'
import { paragraphsToRichText } from '@/seed/lexical'
import { attempt } from '../support/attempt'
import { as, editor, payload, translatorEs, withStaff } from './staff'

withStaff()

// What the completeness panel and `npm run i18n:status` say about one document in one locale.
async function stateOf(id: number, locale: Locale) {
  const status = (await translationStatus(payload)).find((row) => row.locale === locale)!
  const fieldsOf = (docs: { collection: string; id: number; fields: string[] }[]) =>
    docs.find((doc) => doc.collection === 'dialogues' && doc.id === id)?.fields ?? []
  return { missing: fieldsOf(status.content.missing), outdated: fieldsOf(status.content.outdated) }
}

async function translatedDialogue() {
  const tag = randomBytes(3).toString('hex')
  const created = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    data: {
      title: `Dialog ${tag}`,
      summary: 'Kurzfassung',
      body: paragraphsToRichText(['Erster Absatz']),
      partnerCountry: { code: 'MX', name: 'Mexiko' },
      milestones: [{ year: 2015, label: 'Gründung' }, { year: 2016, label: 'Erste Sitzung' }],
      _status: 'published',
    },
    ...as(editor),
  })
  const rows = (created.milestones ?? []).map((row) => row.id as string)
  const spanish = {
    title: `Diálogo ${tag}`,
    summary: 'Resumen',
    body: paragraphsToRichText(['Primer párrafo']),
    partnerCountry: { name: 'México' },
    milestones: [
      { id: rows[0], year: 2015, label: 'Fundación' },
      { id: rows[1], year: 2016, label: 'Primera sesión' },
    ],
  }
  await payload.update({ collection: 'dialogues', id: created.id, locale: 'es', draft: true, data: spanish, ...as(translatorEs) })
  return { id: created.id, rows, spanish }
}

it('a German change flags that field outdated in Spanish — also a rich text and one array row — until the translator saves it', async () => {
  const { id, rows, spanish } = await translatedDialogue()
  expect(await stateOf(id, 'es')).toEqual({ missing: [], outdated: [] })

  await payload.update({
    collection: 'dialogues',
    id,
    locale: 'de',
    data: {
      summary: 'Neue Kurzfassung',
      body: paragraphsToRichText(['Erster Absatz, überarbeitet']),
      milestones: [
        { id: rows[0], year: 2015, label: 'Gründung' },
        { id: rows[1], year: 2016, label: 'Erste gemeinsame Sitzung' },
      ],
      _status: 'published',
    },
    ...as(editor),
  })
  expect(await stateOf(id, 'es')).toEqual({ missing: [], outdated: ['summary', 'body', 'milestones.1.label'] })
  // English was never translated: missing, not outdated.
  expect((await stateOf(id, 'en')).outdated).toEqual([])
  expect((await stateOf(id, 'en')).missing).toContain('summary')

  // The translator saves the summary: that flag clears, the others stay.
  await payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { summary: 'Nuevo resumen' }, ...as(translatorEs) })
  expect((await stateOf(id, 'es')).outdated).toEqual(['body', 'milestones.1.label'])

  // … then the row and the rich text, from the admin's whole form.
  await payload.update({
    collection: 'dialogues',
    id,
    locale: 'es',
    draft: true,
    data: {
      ...spanish,
      summary: 'Nuevo resumen',
      body: paragraphsToRichText(['Primer párrafo, revisado']),
      milestones: [spanish.milestones[0], { ...spanish.milestones[1], label: 'Primera sesión conjunta' }],
    },
    ...as(translatorEs),
  })
  expect(await stateOf(id, 'es')).toEqual({ missing: [], outdated: [] })
})

// As the documents stood before this workflow: no record of what a translation was made from.
async function forgetSources(id: number) {
  const db = postgresAdapterOf(payload).drizzle
  await db.execute(sql`update dialogues set translation_sources = null where id = ${id}`)
  await db.execute(sql`update _dialogues_v set version_translation_sources = null where parent_id = ${id}`)
}

it('a translation saved before the German text changed counts as outdated even without a record of its own', async () => {
  const tag = randomBytes(3).toString('hex')
  // Translated before the workflow kept records (the seeded content, say)…
  const created = await payload.create({
    collection: 'dialogues',
    locale: 'de',
    data: { title: `Dialog ${tag}`, summary: 'Alt', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  await payload.update({ collection: 'dialogues', id: created.id, locale: 'es', data: { title: `Diálogo ${tag}`, summary: 'Viejo', partnerCountry: { name: 'México' }, _status: 'published' } })
  await forgetSources(created.id)
  expect((await stateOf(created.id, 'es')).outdated).toEqual([])
  // … the German change records what the translation was made from.
  await payload.update({ collection: 'dialogues', id: created.id, locale: 'de', data: { summary: 'Neu', _status: 'published' }, ...as(editor) })
  expect((await stateOf(created.id, 'es')).outdated).toEqual(['summary'])
})

it('what is recorded is the system’s: a translator cannot write it', async () => {
  const { id } = await translatedDialogue()
  const write = () =>
    payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { translationSources: { es: {} } }, ...as(translatorEs) })
  expect(await attempt(write)).toBe('refused')
})

it('the search-engine title and description (SEO plugin) are flagged outdated like any other field, and clear when saved', async () => {
  const { id } = await translatedDialogue()
  await payload.update({ collection: 'dialogues', id, locale: 'de', data: { meta: { title: 'Meta-Titel', description: 'Meta-Beschreibung' }, _status: 'published' }, ...as(editor) })
  await payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { meta: { title: 'Meta título', description: 'Meta descripción' } }, ...as(translatorEs) })
  expect(await stateOf(id, 'es')).toEqual({ missing: [], outdated: [] })

  await payload.update({ collection: 'dialogues', id, locale: 'de', data: { meta: { title: 'Neuer Meta-Titel', description: 'Neue Meta-Beschreibung' }, _status: 'published' }, ...as(editor) })
  expect(await stateOf(id, 'es')).toEqual({ missing: [], outdated: ['meta.title', 'meta.description'] })

  await payload.update({ collection: 'dialogues', id, locale: 'es', draft: true, data: { meta: { title: 'Nuevo meta título', description: 'Meta descripción' } }, ...as(translatorEs) })
  expect((await stateOf(id, 'es')).outdated).toEqual(['meta.description'])
})

it('the admin shows the German text and the outdated marker beside the search-engine title and description too', () => {
  const meta = payload.collections.dialogues.config.fields.find((field) => 'name' in field && field.name === 'meta')
  const beside = (name: string) => {
    const field = (meta as { fields: { name?: string; admin?: { components?: { afterInput?: unknown[] } } }[] }).fields.find((f) => f.name === name)
    return field?.admin?.components?.afterInput ?? []
  }
  expect(beside('title')).toContain('/components/admin/GermanSource#GermanSource')
  expect(beside('description')).toContain('/components/admin/GermanSource#GermanSource')
})
