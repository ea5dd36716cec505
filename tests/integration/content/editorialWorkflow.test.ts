import type { Payload } from 'payload'
import { attempt } from '../support/attempt'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'

let payload: Payload
let editor: TestUser, translatorEs: TestUser, admin: TestUser
let dialogueId: number

beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
  translatorEs = await createUser(payload, 'translator', ['es'])
  admin = await createUser(payload, 'admin')
  const dialogue = await payload.create({
    collection: 'dialogues',
    data: { title: 'Workflow-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  dialogueId = dialogue.id
})
afterAll(() => stopPayload(payload))

const publicRead = (id: number, locale: 'de' | 'es') =>
  attempt(() => payload.findByID({ collection: 'sessions', id, locale, overrideAccess: false }))

it('an editor drafts a session in German, an es translator translates only that, an admin publishes it', async () => {
  const as = (user: TestUser) => ({ user, overrideAccess: false as const })

  const draft = await payload.create({
    collection: 'sessions',
    locale: 'de',
    draft: true,
    data: {
      title: 'Arbeitsgruppe Datenpolitik',
      dialogue: dialogueId,
      kind: 'working-group',
      format: 'hybrid',
      startsAt: '2026-03-10T16:00:00.000Z',
      summary: 'Erste Sitzung der Arbeitsgruppe.',
      _status: 'draft',
    },
    ...as(editor),
  })
  expect(draft._status).toBe('draft')
  expect(draft.slug).toBe('arbeitsgruppe-datenpolitik')
  expect(await publicRead(draft.id, 'de')).toBe('refused')

  // The translator translates into Spanish, as a draft.
  await payload.update({
    collection: 'sessions',
    id: draft.id,
    locale: 'es',
    draft: true,
    data: { title: 'Grupo de trabajo sobre política de datos', summary: 'Primera sesión del grupo de trabajo.' },
    ...as(translatorEs),
  })
  // … but may not touch German, English, the date, or publish.
  const refusedWrites = [
    () => payload.update({ collection: 'sessions', id: draft.id, locale: 'de', draft: true, data: { title: 'Geändert' }, ...as(translatorEs) }),
    () => payload.update({ collection: 'sessions', id: draft.id, locale: 'en', draft: true, data: { title: 'Changed' }, ...as(translatorEs) }),
    () =>
      payload.update({
        collection: 'sessions',
        id: draft.id,
        locale: 'es',
        draft: true,
        data: { startsAt: '2027-01-01T10:00:00.000Z' },
        ...as(translatorEs),
      }),
    () =>
      payload.update({ collection: 'sessions', id: draft.id, locale: 'es', data: { _status: 'published' }, ...as(translatorEs) }),
  ]
  for (const write of refusedWrites) expect(await attempt(write)).toBe('refused')

  // The admin publishes German: readers see German; Spanish waits for its own publish.
  await payload.update({ collection: 'sessions', id: draft.id, locale: 'de', data: { _status: 'published' }, ...as(admin) })
  expect(await publicRead(draft.id, 'de')).toBe('ok')
  expect(await publicRead(draft.id, 'es')).toBe('refused')
  // … then Spanish, on its own: now readers see both languages.
  await payload.update({ collection: 'sessions', id: draft.id, locale: 'es', data: { _status: 'published' }, ...as(admin) })
  const es = await payload.findByID({ collection: 'sessions', id: draft.id, locale: 'es', overrideAccess: false })
  expect(es.title).toBe('Grupo de trabajo sobre política de datos')
  expect(es.slug).toBe('grupo-de-trabajo-sobre-politica-de-datos')
  const de = await payload.findByID({ collection: 'sessions', id: draft.id, locale: 'de', overrideAccess: false })
  expect(de.title).toBe('Arbeitsgruppe Datenpolitik')
  expect(de.startsAt).toBe('2026-03-10T16:00:00.000Z')
})
