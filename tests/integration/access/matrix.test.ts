import type { Payload } from 'payload'
import { matrixCells, type Actor, type MatrixCollection } from '@/access/matrix'
import { attempt } from '../support/attempt'
import { createFixture, hasDrafts, localizedChange, newDocument, nonLocalizedChange, tinyPng, type World } from '../support/fixtures'
import { startPayload, stopPayload } from '../support/payload'
import { createUser, type TestUser } from '../support/users'

let payload: Payload
let world: World
const users: Partial<Record<Actor, TestUser>> = {}

beforeAll(async () => {
  payload = await startPayload()
  const dialogue = await payload.create({
    collection: 'dialogues',
    data: { title: 'Matrix-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
  })
  const area = await payload.create({ collection: 'workplan-areas', data: { title: 'Matrix-Bereich', dialogue: dialogue.id, order: 1 } })
  world = { dialogueId: dialogue.id, areaId: area.id }
  users.translator = await createUser(payload, 'translator', ['es'])
  users.editor = await createUser(payload, 'editor')
  users.admin = await createUser(payload, 'admin')
})
afterAll(() => stopPayload(payload))

const as = (actor: Actor) => ({ user: users[actor], overrideAccess: false as const })

async function target(collection: MatrixCollection, status: 'published' | 'draft' = 'published') {
  return createFixture(payload, collection, world, status)
}

const checks = {
  async read(collection: MatrixCollection, actor: Actor, rule: string) {
    if (rule === 'self') {
      expect(await attempt(() => payload.findByID({ collection, id: users[actor]!.id, ...as(actor) }))).toBe('ok')
      expect(await attempt(() => payload.findByID({ collection, id: users.admin!.id, ...as(actor) }))).toBe('refused')
      return
    }
    const published = await target(collection)
    const expectPublished = rule === 'no' ? 'refused' : 'ok'
    expect(await attempt(() => payload.findByID({ collection, id: published, ...as(actor) }))).toBe(expectPublished)
    if (hasDrafts(collection)) {
      const draft = await target(collection, 'draft')
      const expectDraft = rule === 'yes' ? 'ok' : 'refused'
      expect(await attempt(() => payload.findByID({ collection, id: draft, draft: true, ...as(actor) }))).toBe(expectDraft)
    }
  },

  async create(collection: MatrixCollection, actor: Actor, rule: string) {
    const file = collection === 'media' ? { data: await tinyPng(), mimetype: 'image/png', name: 'matrix.png', size: 100 } : undefined
    const outcome = await attempt(() =>
      payload.create({ collection, data: newDocument(collection, world) as never, file, ...as(actor) }),
    )
    expect(outcome).toBe(rule === 'yes' ? 'ok' : 'refused')
  },

  async update(collection: MatrixCollection, actor: Actor, rule: string) {
    if (rule === 'self') {
      const change = localizedChange(collection)
      expect(await attempt(() => payload.update({ collection, id: users[actor]!.id, data: change, ...as(actor) }))).toBe('ok')
      expect(await attempt(() => payload.update({ collection, id: users.admin!.id, data: change, ...as(actor) }))).toBe('refused')
      return
    }
    const id = await target(collection)
    const draft = hasDrafts(collection)
    const write = (locale: 'de' | 'es', data: Record<string, unknown>) =>
      attempt(() => payload.update({ collection, id, locale, data: data as never, draft, ...as(actor) }))
    if (rule === 'own-locales') {
      expect(await write('es', localizedChange(collection))).toBe('ok')
      expect(await write('de', localizedChange(collection))).toBe('refused')
      const fixed = nonLocalizedChange(collection, world)
      if (fixed) expect(await write('es', fixed)).toBe('refused')
      return
    }
    expect(await write('de', localizedChange(collection))).toBe(rule === 'yes' ? 'ok' : 'refused')
  },

  async delete(collection: MatrixCollection, actor: Actor, rule: string) {
    const id = await target(collection)
    expect(await attempt(() => payload.delete({ collection, id, ...as(actor) }))).toBe(rule === 'yes' ? 'ok' : 'refused')
    const left = await payload.count({ collection, where: { id: { equals: id } } })
    expect(left.totalDocs).toBe(rule === 'yes' ? 0 : 1)
  },
}

describe('access matrix (docs/access.md)', () => {
  test.each(matrixCells())('$actor may $operation $collection: $rule', async ({ collection, actor, operation, rule }) => {
    await checks[operation](collection, actor, rule)
  })
})
