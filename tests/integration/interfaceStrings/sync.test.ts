import type { Payload } from 'payload'
import type { Messages } from '@/i18n/check/checkMessages'
import { readMessageFiles, type MessageFiles } from '@/i18n/strings/messageFiles'
import { syncInterfaceStrings } from '@/i18n/strings/syncInterfaceStrings'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

let payload: Payload
let repository: MessageFiles
beforeAll(async () => {
  payload = await startPayload()
  repository = await readMessageFiles()
})
// Back to the repository's files: the planted namespace is archived again.
afterAll(async () => {
  if (payload && repository) await syncInterfaceStrings(payload, repository)
  await stopPayload(payload)
})

// The repository's files plus a namespace of this test's own.
const withPlanted = (planted: Record<'de' | 'es' | 'en', Messages>): MessageFiles => ({
  de: { ...repository.de, ZzSync: planted.de },
  es: { ...repository.es, ZzSync: planted.es },
  en: { ...repository.en, ZzSync: planted.en },
})

const stored = async (key: string) => {
  const { docs } = await payload.find({ collection: 'interface-strings', where: { key: { equals: key } }, locale: 'all', depth: 0 })
  return docs[0] as unknown as {
    id: number
    source: string
    description: string | null
    archived: boolean
    value: Record<string, string | undefined>
    needsReview: Record<string, boolean | undefined>
    origin: Record<string, string | undefined>
  }
}

describe('interface strings sync from messages/*.json', () => {
  it('was run by the migration: every key of de.json is in the admin, with its three values and the note for translators', async () => {
    const doc = await stored('Home.intro')
    expect(doc.description).toMatch(/^Einleitungssatz/)
    expect(doc.source).toBe((repository.de.Home as Messages).intro)
    expect(doc.value).toEqual({ de: (repository.de.Home as Messages).intro, es: (repository.es.Home as Messages).intro, en: (repository.en.Home as Messages).intro })
  })

  it('adds new keys, archives removed ones, keeps a translator’s edit, and flags a German change for review', async () => {
    const first = withPlanted({
      de: { greeting: 'Hallo {name}', farewell: 'Tschüss', gone: 'Weg' },
      es: { greeting: 'Hola {name}', farewell: 'Adiós', gone: 'Fuera' },
      en: { greeting: 'Hello {name}', farewell: 'Bye', gone: 'Gone' },
    })
    const report = await syncInterfaceStrings(payload, first, { 'ZzSync.greeting': 'Begrüßung oben auf der Seite; {name} ist der Vorname.' })
    expect(report.created.sort()).toEqual(['ZzSync.farewell', 'ZzSync.gone', 'ZzSync.greeting'])

    const translator = await createUser(payload, 'translator', ['es'])
    const greeting = await stored('ZzSync.greeting')
    await payload.update({
      collection: 'interface-strings',
      id: greeting.id,
      locale: 'es',
      data: { value: '¡Hola, {name}!' },
      user: translator,
      overrideAccess: false,
    })

    const second = withPlanted({
      de: { greeting: 'Guten Tag {name}', farewell: 'Tschüss', added: 'Neu' },
      es: { greeting: 'Buenos días {name}', farewell: 'Hasta luego', added: 'Nuevo' },
      en: { greeting: 'Hello {name}', farewell: 'Bye', added: 'New' },
    })
    const again = await syncInterfaceStrings(payload, second, { 'ZzSync.greeting': 'Eine neue Notiz', 'ZzSync.farewell': 'Abschied' })
    expect(again.created).toEqual(['ZzSync.added'])
    expect(again.archived).toEqual(['ZzSync.gone'])
    expect(again.updated.sort()).toEqual(['ZzSync.farewell', 'ZzSync.greeting'])
    expect(again.failed).toEqual([])

    const changed = await stored('ZzSync.greeting')
    expect(changed.source).toBe('Guten Tag {name}')
    expect(changed.description).toBe('Begrüßung oben auf der Seite; {name} ist der Vorname.') // a note is never overwritten
    expect((await stored('ZzSync.farewell')).description).toBe('Abschied') // an empty one is filled
    expect(changed.value.de).toBe('Guten Tag {name}')
    expect(changed.value.es).toBe('¡Hola, {name}!') // the edit survives the file change
    expect(changed.needsReview.es).toBe(true) // …but German changed under it
    expect(changed.value.en).toBe('Hello {name}')
    expect(changed.needsReview.en).toBe(true) // the file did not follow the German change
    expect((await stored('ZzSync.farewell')).value.es).toBe('Hasta luego') // from the file: taken over
    expect((await stored('ZzSync.gone')).archived).toBe(true)
    expect((await stored('ZzSync.gone')).value.es).toBe('Fuera') // archived, not deleted

    const idle = await syncInterfaceStrings(payload, second, { 'ZzSync.greeting': 'Eine neue Notiz', 'ZzSync.farewell': 'Abschied' })
    expect([...idle.created, ...idle.updated, ...idle.archived, ...idle.restored]).toEqual([])

    const back = await syncInterfaceStrings(payload, first)
    expect(back.restored).toEqual(['ZzSync.gone'])
    expect((await stored('ZzSync.gone')).archived).toBe(false)
  })

  it('leaves out a broken file text, reports it, and syncs the rest', async () => {
    const files = withPlanted({
      de: { ok: 'Gut', broken: 'Hallo {name}' },
      es: { ok: 'Bien', broken: 'Hola {nombre' },
      en: { ok: 'Good', broken: 'Hello {name}' },
    })
    const report = await syncInterfaceStrings(payload, files)
    expect(report.failed).toEqual([{ key: 'ZzSync.broken', reason: expect.stringMatching(/^es: /) }])
    expect(report.created.sort()).toEqual(['ZzSync.broken', 'ZzSync.ok'])
    const broken = await stored('ZzSync.broken')
    expect(broken.value.es ?? null).toBeNull()
    expect(broken.value.en).toBe('Hello {name}')
    expect((await stored('ZzSync.ok')).value.es).toBe('Bien')
  })
})
