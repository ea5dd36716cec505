import { randomBytes } from 'node:crypto'
import { workList } from '@/lib/translation/workList'
import { as, editor, payload, translatorEs, withStaff } from './staff'

withStaff()
const mentions = (docs: { collection: string; id: number }[], id: number) => docs.some((doc) => doc.collection === 'dialogues' && doc.id === id)

it("shows a translator what is missing, outdated and waiting in their locales, and an editor what waits for review", async () => {
  const tag = randomBytes(3).toString('hex')
  const missing = await payload.create({ collection: 'dialogues', locale: 'de', data: { title: `Offen ${tag}`, partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' }, ...as(editor) })
  const translated = await payload.create({ collection: 'dialogues', locale: 'de', data: { title: `Übersetzt ${tag}`, summary: 'Alt', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' }, ...as(editor) })
  await payload.update({ collection: 'dialogues', id: translated.id, locale: 'es', draft: true, data: { title: `Traducido ${tag}`, summary: 'Viejo', partnerCountry: { name: 'México' }, readyForReview: true }, ...as(translatorEs) })
  await payload.update({ collection: 'dialogues', id: translated.id, locale: 'de', draft: true, data: { summary: 'Neu' }, ...as(editor) })

  const mine = await workList(payload, translatorEs)
  expect(mine.map((entry) => entry.locale)).toEqual(['es'])
  const es = mine[0]!
  expect(mentions(es.missing, missing.id)).toBe(true)
  expect(es.outdated.find((doc) => doc.id === translated.id && doc.collection === 'dialogues')?.fields).toEqual(['summary'])
  expect(mentions(es.waitingForReview, translated.id)).toBe(true)

  const editors = await workList(payload, editor)
  expect(editors.map((entry) => entry.locale)).toEqual(['es', 'en'])
  expect(mentions(editors[0]!.waitingForReview, translated.id)).toBe(true)
  expect(mentions(editors[1]!.waitingForReview, translated.id)).toBe(false)

  // Publishing Spanish ends the review.
  await payload.update({ collection: 'dialogues', id: translated.id, locale: 'es', data: { _status: 'published' }, ...as(editor) })
  expect(mentions((await workList(payload, editor))[0]!.waitingForReview, translated.id)).toBe(false)
})

it('lists topics and institutions a translator marked ready, by their title or name', async () => {
  const tag = randomBytes(3).toString('hex')
  const topic = await payload.create({ collection: 'topics', locale: 'de', data: { title: `Thema ${tag}`, _status: 'published' }, ...as(editor) })
  const institution = await payload.create({ collection: 'stakeholders', locale: 'de', data: { name: `Amt ${tag}`, country: 'DE', sector: 'government', _status: 'published' } as never, ...as(editor) })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'es', draft: true, data: { title: `Tema ${tag}`, readyForReview: true }, ...as(translatorEs) })
  await payload.update({ collection: 'stakeholders', id: institution.id, locale: 'es', draft: true, data: { name: `Oficina ${tag}`, readyForReview: true } as never, ...as(translatorEs) })

  const waiting = (await workList(payload, editor))[0]!.waitingForReview
  expect(waiting).toEqual(
    expect.arrayContaining([
      { collection: 'topics', id: topic.id, title: `Tema ${tag}` },
      { collection: 'stakeholders', id: institution.id, title: `Oficina ${tag}` },
    ]),
  )
})
