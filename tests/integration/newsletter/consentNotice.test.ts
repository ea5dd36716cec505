import type { Payload } from 'payload'
import { exportSubscriberData } from '@/newsletter/dataRights'
import { signUp } from '@/newsletter/signUp'
import { paragraphsToRichText } from '@/seed/lexical'
import { startPayload, stopPayload } from '../support/payload'
import { subscriberByEmail, uniqueAddress, uniqueIp } from './support'

let payload: Payload
let pageId: number
const quiet = { disableRevalidate: true }

beforeAll(async () => {
  payload = await startPayload()
  // A page's `key` is unique, and other test files (the seed) share the database: take the key.
  const holders = await payload.find({ collection: 'pages', where: { key: { equals: 'privacy' } }, draft: true, pagination: false, depth: 0 })
  for (const holder of holders.docs) await payload.delete({ collection: 'pages', id: holder.id, context: quiet })
  const page = await payload.create({
    collection: 'pages',
    data: {
      title: 'Datenschutz',
      slug: 'datenschutz-einwilligung',
      key: 'privacy',
      body: paragraphsToRichText(['Wir verarbeiten Ihre Adresse nur für den Newsletter.', 'Fassung eins.']),
      _status: 'published',
    },
    context: quiet,
  })
  pageId = page.id
})
afterAll(() => stopPayload(payload))

async function consentOf(locale: 'de' | 'es' | 'en' = 'de') {
  const email = uniqueAddress()
  await signUp(payload, { email, consent: true, locale, interests: [], website: '' }, { ip: uniqueIp() })
  const [subscriber] = await subscriberByEmail(payload, email)
  const { docs } = await payload.find({ collection: 'consent-records', where: { subscriber: { equals: subscriber.id } }, depth: 1 })
  expect(docs).toHaveLength(1)
  return { subscriber, record: docs[0] }
}

const copyOf = (record: Awaited<ReturnType<typeof consentOf>>['record']) => {
  if (!record.noticeCopy || typeof record.noticeCopy !== 'object') throw new Error('no notice copy')
  return record.noticeCopy
}

test('a consent record keeps the text it was given to, through edits, version pruning and the page’s deletion', async () => {
  const first = await consentOf('de')
  const copy = copyOf(first.record)
  expect(copy.text).toContain('Fassung eins.')
  expect(copy.hash).toBe(first.record.noticeHash)
  expect(copy.version).toBe(first.record.noticeVersion)

  // The same text again: one copy, not two.
  const second = await consentOf('de')
  expect(copyOf(second.record).id).toBe(copy.id)

  await payload.update({
    collection: 'pages',
    id: pageId,
    data: { body: paragraphsToRichText(['Wir verarbeiten Ihre Adresse nur für den Newsletter.', 'Fassung zwei.']), _status: 'published' },
    context: quiet,
  })
  const third = await consentOf('de')
  expect(copyOf(third.record).id).not.toBe(copy.id)
  expect(copyOf(third.record).text).toContain('Fassung zwei.')

  // Every version of the page pruned, then the page itself gone.
  await payload.db.deleteVersions({ collection: 'pages', where: { parent: { equals: pageId } } })
  expect((await payload.countVersions({ collection: 'pages', where: { parent: { equals: pageId } } })).totalDocs).toBe(0)
  await payload.delete({ collection: 'pages', id: pageId, context: quiet })

  const kept = await payload.findByID({ collection: 'consent-records', id: first.record.id, depth: 1 })
  const keptCopy = copyOf(kept)
  expect(keptCopy.text).toContain('Fassung eins.')
  expect(keptCopy.text).not.toContain('Fassung zwei.')
  expect(keptCopy.title).toBe('Datenschutz')

  // The reader's export shows the words too.
  const exported = await exportSubscriberData(payload, first.subscriber.id)
  expect(exported?.consentRecords[0].noticeText?.text).toContain('Fassung eins.')
})

test('a copy of a notice never changes, not even from server code, and nobody deletes it', async () => {
  const { docs } = await payload.find({ collection: 'privacy-notice-copies', limit: 1 })
  const copy = docs[0] ?? (await consentOf('de').then(({ record }) => copyOf(record)))
  await expect(payload.update({ collection: 'privacy-notice-copies', id: copy.id, data: { text: 'forged' }, overrideAccess: true })).rejects.toMatchObject({
    status: 403,
  })
  await expect(payload.delete({ collection: 'privacy-notice-copies', id: copy.id, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  expect((await payload.findByID({ collection: 'privacy-notice-copies', id: copy.id })).text).toBe(copy.text)
})
