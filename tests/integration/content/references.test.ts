import type { Payload } from 'payload'
import { smallSite } from '../reader/site'
import { startPayload, stopPayload } from '../support/payload'
import { newsletterWrites } from '@/newsletter/writeContext'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

async function refusal(operation: () => Promise<unknown>) {
  try {
    await operation()
  } catch (error) {
    return error as { status?: number; message: string }
  }
  throw new Error('expected the operation to be refused')
}

describe('relations', () => {
  it('a dialogue shows its workplan areas and sessions, a topic its areas, a stakeholder its dialogues', async () => {
    const stakeholder = await payload.create({ collection: 'stakeholders', data: { name: 'Join-Institution', country: 'DE', sector: 'government' } })
    const dialogue = await payload.create({
      collection: 'dialogues',
      data: { title: 'Join-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, partnerInstitutions: [stakeholder.id], _status: 'published' },
    })
    const area = await payload.create({ collection: 'workplan-areas', data: { title: 'Join-Bereich', dialogue: dialogue.id, order: 2 } })
    const topic = await payload.create({ collection: 'topics', data: { title: 'Join-Thema', areas: [area.id] } })
    const session = await payload.create({
      collection: 'sessions',
      data: { title: 'Join-Sitzung', dialogue: dialogue.id, kind: 'workshop', format: 'online', startsAt: '2026-01-01T10:00:00.000Z', startsAt_tz: 'Europe/Berlin', _status: 'published' },
    })

    const read = await payload.findByID({ collection: 'dialogues', id: dialogue.id, depth: 0 })
    expect(read.workplanAreas?.docs).toEqual([area.id])
    expect(read.sessions?.docs).toEqual([session.id])
    const readArea = await payload.findByID({ collection: 'workplan-areas', id: area.id, depth: 0 })
    expect(readArea.topics?.docs).toEqual([topic.id])
    const readStakeholder = await payload.findByID({ collection: 'stakeholders', id: stakeholder.id, depth: 0 })
    expect(readStakeholder.dialogues?.docs).toEqual([dialogue.id])
  })

  it('refuses to delete what is still referenced, says by what, and deletes once it is free', async () => {
    const stakeholder = await payload.create({ collection: 'stakeholders', data: { name: 'Referenzierte Institution', country: 'MX', sector: 'government' } })
    const dialogue = await payload.create({
      collection: 'dialogues',
      data: { title: 'Referenz-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, partnerInstitutions: [stakeholder.id] },
    })
    const area = await payload.create({ collection: 'workplan-areas', data: { title: 'Referenz-Bereich', dialogue: dialogue.id, order: 1 } })
    const topic = await payload.create({ collection: 'topics', data: { title: 'Referenz-Thema', areas: [area.id] } })

    const stakeholderRefusal = await refusal(() => payload.delete({ collection: 'stakeholders', id: stakeholder.id }))
    expect(stakeholderRefusal.status).toBe(409)
    expect(stakeholderRefusal.message).toMatch(/dialogues \(1\)/)
    expect((await refusal(() => payload.delete({ collection: 'dialogues', id: dialogue.id }))).message).toMatch(/workplan-areas \(1\)/)
    expect((await refusal(() => payload.delete({ collection: 'workplan-areas', id: area.id }))).status).toBe(409)
    expect(await payload.count({ collection: 'stakeholders', where: { id: { equals: stakeholder.id } } })).toEqual({ totalDocs: 1 })

    await payload.delete({ collection: 'topics', id: topic.id })
    await payload.delete({ collection: 'workplan-areas', id: area.id })
    await payload.update({ collection: 'dialogues', id: dialogue.id, data: { partnerInstitutions: [] } })
    await payload.delete({ collection: 'stakeholders', id: stakeholder.id })
    await payload.delete({ collection: 'dialogues', id: dialogue.id })
    expect(await payload.count({ collection: 'dialogues', where: { id: { equals: dialogue.id } } })).toEqual({ totalDocs: 0 })
  })
})

describe('what the relation graph guards', () => {
  it('refuses to delete a picture used only as the Spanish meta image of a topic', async () => {
    const site = await smallSite(payload)
    const refused = await refusal(() => payload.delete({ collection: 'media', id: site.metaImage.id, locale: 'de' }))
    expect(refused.status).toBe(409)
    expect(refused.message).toMatch(/topics \(1\)/)
  })

  it('refuses to delete a page the footer links to, and names the footer', async () => {
    const site = await smallSite(payload)
    const refused = await refusal(() => payload.delete({ collection: 'pages', id: site.page.id }))
    expect(refused.status).toBe(409)
    expect(refused.message).toMatch(/global footer \(1\)/)
  })

  it('lets a subscriber\'s interest in a workplan area not hold up the area\'s delete (readers never see it)', async () => {
    const site = await smallSite(payload)
    const area = await payload.create({ collection: 'workplan-areas', data: { title: 'Interessen-Bereich', dialogue: site.dialogue.id, order: 2 } })
    await payload.create({ collection: 'subscribers', data: { email: `interest-${area.id}@example.org`, status: 'pending', locale: 'de', interests: [area.id] }, context: newsletterWrites })
    await payload.delete({ collection: 'workplan-areas', id: area.id })
    expect(await payload.count({ collection: 'workplan-areas', where: { id: { equals: area.id } } })).toEqual({ totalDocs: 0 })
  })
})

describe('slugs', () => {
  it('are generated per locale with umlauts and accents transliterated', async () => {
    const area = await payload.create({ collection: 'topics', locale: 'de', data: { title: 'Digitale Inklusion für alle' } })
    const es = await payload.update({ collection: 'topics', id: area.id, locale: 'es', data: { title: 'Política digital' } })
    expect(area.slug).toBe('digitale-inklusion-fuer-alle')
    expect(es.slug).toBe('politica-digital')
  })

  it('are unique per locale and collection, but may repeat across locales and collections', async () => {
    const first = await payload.create({ collection: 'topics', locale: 'de', data: { title: 'Mobilität', slug: 'mobilitaet' } })
    expect((await refusal(() => payload.create({ collection: 'topics', locale: 'de', data: { title: 'Andere', slug: 'mobilitaet' } }))).status).toBe(400)
    await payload.update({ collection: 'topics', id: first.id, locale: 'en', data: { title: 'Mobility', slug: 'mobilitaet' } })
    const area = await payload.create({ collection: 'stakeholders', locale: 'de', data: { name: 'Mobilität', slug: 'mobilitaet', country: 'DE', sector: 'business' } })
    expect(area.slug).toBe('mobilitaet')
  })

  it('refuses an invalid slug with a message in the editor\'s language', async () => {
    const error = await refusal(() => payload.create({ collection: 'topics', locale: 'de', data: { title: 'X', slug: 'Nicht Gültig!' } }))
    expect(error.status).toBe(400)
    expect(JSON.stringify(error)).toMatch(/Kleinbuchstaben|lowercase/)
  })
})
