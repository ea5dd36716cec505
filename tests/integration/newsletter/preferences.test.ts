import type { Payload, SanitizedConfig } from 'payload'
import config from '@payload-config'
import { getPayload } from 'payload'
import { requireSecret } from '@/lib/env'
import { preferencesUrl } from '@/newsletter/mailLinks'
import { findPreferences } from '@/newsletter/preferences'
import { preferencesToken, unsubscribeToken } from '@/newsletter/tokens'
import { unsubscribe } from '@/newsletter/unsubscribe'
import { stopPayload } from '../support/payload'
import { confirmedReader } from './readers'
import { restClient, subscriberByEmail } from './support'

let payload: Payload
let api: ReturnType<typeof restClient>
let areas: number[]

beforeAll(async () => {
  const key = `preferences-${Math.random()}`
  payload = await getPayload({ config, key })
  api = restClient(config as unknown as Promise<SanitizedConfig>, key)
  const dialogue = await payload.create({
    collection: 'dialogues',
    data: { title: 'Präferenz-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
    context: { disableRevalidate: true },
  })
  areas = []
  for (const order of [1, 2, 3]) {
    const area = await payload.create({
      collection: 'workplan-areas',
      data: { title: `Bereich ${order}`, dialogue: dialogue.id, order },
      context: { disableRevalidate: true },
    })
    areas.push(area.id)
  }
})
afterAll(() => stopPayload(payload))

async function linkedReader(locale: 'de' | 'es' | 'en' = 'de', interests: number[] = []) {
  const { email, id } = await confirmedReader(payload, { locale, interests })
  return { email, id, token: preferencesToken(requireSecret(), id) }
}

const save = (form: Record<string, string | string[]>) => api('POST', '/api/newsletter/preferences', { form })
const stored = async (email: string) => (await subscriberByEmail(payload, email))[0]

test('every mail can link to the preference page at its localized address, with a signed token', async () => {
  const { id, token } = await linkedReader()
  const secret = requireSecret()
  expect(preferencesUrl('https://example.org/', 'de', secret, id)).toBe(`https://example.org/de/newsletter/einstellungen?id=${id}&token=${token}`)
  expect(preferencesUrl('https://example.org', 'es', secret, id)).toMatch(/^https:\/\/example\.org\/es\/newsletter\/preferencias\?id=\d+&token=[\w-]{43}$/)
  expect(preferencesUrl('https://example.org', 'en', secret, id)).toContain('/en/newsletter/preferences?')
  // Tokens name their purpose: the unsubscribe link's token opens no preferences, and no id another's.
  expect(preferencesToken(secret, id)).not.toBe(unsubscribeToken(secret, id))
  expect((await findPreferences(payload, { id, token: unsubscribeToken(secret, id) })).status).toBe('invalid')
  expect((await findPreferences(payload, { id: id + 1, token })).status).toBe('invalid')
})

test('opening the page shows the settings and changes nothing', async () => {
  const reader = await linkedReader('es', [areas[0]])
  const before = await stored(reader.email)
  const lookup = await findPreferences(payload, { id: String(reader.id), token: reader.token })
  expect(lookup).toEqual({ status: 'found', preferences: { id: reader.id, locale: 'es', interests: [areas[0]] } })
  const after = await stored(reader.email)
  expect(after.updatedAt).toBe(before.updatedAt)
})

test('the form changes language and interests and answers with the page in the new language', async () => {
  const reader = await linkedReader('de', [areas[0]])
  const response = await save({ id: String(reader.id), token: reader.token, locale: 'en', interests: [String(areas[1]), String(areas[2])] })
  expect(response.status).toBe(303)
  const location = new URL(response.headers.get('location')!)
  expect(location.pathname).toBe('/en/newsletter/preferences')
  expect(location.searchParams.get('notice')).toBe('saved')
  const after = await stored(reader.email)
  expect(after.locale).toBe('en')
  expect(after.interests).toEqual([areas[1], areas[2]])
  expect(after.status).toBe('confirmed')
  // No interest at all is a choice too.
  await save({ id: String(reader.id), token: reader.token, locale: 'es' })
  expect(await stored(reader.email)).toMatchObject({ locale: 'es', interests: [] })
})

test('a forged token changes nothing and answers the error page', async () => {
  const reader = await linkedReader('de')
  for (const token of ['x'.repeat(43), preferencesToken('another-secret-0123456789-0123456789', reader.id), '']) {
    const response = await save({ id: String(reader.id), token, locale: 'es' })
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get('location')!).pathname).toMatch(/^\/(de|es)\/newsletter(\/error)?$/)
  }
  expect((await stored(reader.email)).locale).toBe('de')
})

test('bad input goes back to the page with a notice and writes nothing', async () => {
  const reader = await linkedReader('de', [areas[0]])
  const cases: Record<string, string | string[]>[] = [
    { locale: 'fr' },
    { locale: 'es', interests: ['999999'] },
    { locale: 'es', interests: ['abc'] },
    { locale: 'es', interests: Array.from({ length: 11 }, () => String(areas[0])) },
  ]
  for (const extra of cases) {
    const response = await save({ id: String(reader.id), token: reader.token, ...extra })
    expect(response.status).toBe(303)
    expect(new URL(response.headers.get('location')!).searchParams.get('notice')).toBe('invalid')
  }
  expect(await stored(reader.email)).toMatchObject({ locale: 'de', interests: [areas[0]] })
})

test('after unsubscribing the link shows no settings and saves nothing', async () => {
  const reader = await linkedReader('de')
  expect((await unsubscribe(payload, reader.id, unsubscribeToken(requireSecret(), reader.id))).status).toBe('unsubscribed')
  expect((await findPreferences(payload, { id: reader.id, token: reader.token })).status).toBe('not-subscribed')
  await save({ id: String(reader.id), token: reader.token, locale: 'en' })
  expect(await stored(reader.email)).toMatchObject({ status: 'unsubscribed', locale: 'de' })
})
