import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import sharp from 'sharp'
import type { MatrixCollection } from '@/access/matrix'
import { newsletterWrites } from '@/newsletter/writeContext'

const unique = () => randomBytes(4).toString('hex')

export interface World {
  dialogueId: number
  areaId: number
}

const draftCollections = new Set<MatrixCollection>(['dialogues', 'sessions', 'topics', 'stakeholders', 'pages'])
export const hasDrafts = (collection: MatrixCollection) => draftCollections.has(collection)

export async function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 4, channels: 3, background: '#004b87' } }).png().toBuffer()
}

// Valid data for a new document of each collection (German, the default locale).
export function newDocument(collection: MatrixCollection, world: World): Record<string, unknown> {
  const title = `Test ${unique()}`
  switch (collection) {
    case 'dialogues':
      return { title, partnerCountry: { code: 'MX', name: 'Mexiko' } }
    case 'sessions':
      return { title, dialogue: world.dialogueId, kind: 'workshop', format: 'online', startsAt: '2026-05-04T15:00:00.000Z' }
    case 'pages':
    case 'topics':
      return { title }
    case 'workplan-areas':
      return { title, dialogue: world.dialogueId, order: 1 }
    case 'stakeholders':
      return { name: title, country: 'DE', sector: 'academia' }
    case 'media':
      return { alt: `Bild ${title}` }
    case 'interface-strings':
      return { key: `Zz.matrix_${unique()}`, namespace: 'Zz', source: 'Hallo {name}', value: 'Hallo {name}' }
    case 'subscribers':
      return { email: `reader-${unique()}@example.org`, status: 'pending', locale: 'de' }
    case 'users':
      return { email: `staff-${unique()}@example.org`, password: unique() + unique(), role: 'editor' }
    case 'accessibility-feedback':
      return { message: `Barriere ${title}`, locale: 'de' }
  }
}

// A change to a localized field, as a translator would make it.
export function localizedChange(collection: MatrixCollection): Record<string, unknown> {
  switch (collection) {
    case 'stakeholders':
      return { name: `Traducción ${unique()}` }
    case 'media':
      return { alt: `Texto alternativo ${unique()}` }
    case 'interface-strings':
      return { value: `Hola {name} ${unique()}` }
    case 'subscribers':
    case 'accessibility-feedback':
      return { status: collection === 'subscribers' ? 'confirmed' : 'done' }
    case 'users':
      return { name: `Name ${unique()}` }
    default:
      return { title: `Traducción ${unique()}` }
  }
}

// A change to a field that is the same in every language.
export function nonLocalizedChange(collection: MatrixCollection, world: World): Record<string, unknown> | null {
  switch (collection) {
    case 'dialogues':
      return { partnerCountry: { code: 'BR' } }
    case 'sessions':
      return { kind: 'annual-session' }
    case 'pages':
      return { key: 'sign-language' }
    case 'topics':
      return { areas: [world.areaId] }
    case 'workplan-areas':
      return { order: 7, dialogue: world.dialogueId }
    case 'stakeholders':
      return { sector: 'business' }
    case 'media':
      return { credit: `Foto ${unique()}` }
    case 'interface-strings':
      return { description: `Hinweis ${unique()}` }
    default:
      return null
  }
}

export async function createFixture(
  payload: Payload,
  collection: MatrixCollection,
  world: World,
  status: 'published' | 'draft' = 'published',
): Promise<number> {
  const data = { ...newDocument(collection, world), ...(hasDrafts(collection) ? { _status: status } : {}) }
  const file =
    collection === 'media' ? { data: await tinyPng(), mimetype: 'image/png', name: `t-${unique()}.png`, size: 100 } : undefined
  // Subscribers exist only through the newsletter's own steps (newsletter/doubleOptInGuard.ts).
  const context = collection === 'subscribers' ? newsletterWrites : undefined
  const doc = await payload.create({ collection, data: data as never, file, overrideAccess: true, draft: status === 'draft', context })
  return doc.id as number
}
