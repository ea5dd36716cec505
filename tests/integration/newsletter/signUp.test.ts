import type { Payload } from 'payload'
import { rereadSettings } from '@/lib/env'
import type { MailWorker } from '@/lib/mail/outbox/worker'
import { headerLine, readMail, startInbox } from './smtpInbox'
import { linkFrom, payloadSendingTo, restClient, subscriberByEmail, tokenIn, uniqueAddress, uniqueIp } from './support'

let inbox: Awaited<ReturnType<typeof startInbox>>
let payload: Payload
let api: ReturnType<typeof restClient>
let stopPayload: (payload: Payload) => Promise<void>
let worker: MailWorker

beforeAll(async () => {
  inbox = await startInbox()
  ;({ payload, api } = await payloadSendingTo(inbox.url, 'newsletter'))
  stopPayload = (await import('../support/payload')).stopPayload
  const { startMailWorker } = await import('@/lib/mail/outbox/worker')
  worker = await startMailWorker(payload, { pollIntervalMs: 200 })
})
afterAll(async () => {
  await worker?.stop()
  await stopPayload?.(payload)
  await inbox?.stop()
})

const signUpJson = (email: string, extra: Record<string, unknown> = {}, ip?: string, more: { forwardedFor?: string } = {}) =>
  api('POST', '/api/newsletter/sign-up', { json: { email, consent: true, locale: 'de', ...extra }, ip, ...more })

// The buttons on the pages the mail's links open (app/(frontend)/[locale]/newsletter/…).
const pressConfirm = (link: string, locale = 'de') => api('POST', '/api/newsletter/confirm', { form: { token: tokenIn(link), locale } })
const pressUnsubscribe = (link: string, locale = 'de') => {
  const query = new URL(link).searchParams
  return api('POST', `/api/newsletter/unsubscribe?id=${query.get('id')}&token=${query.get('token')}`, { form: { locale } })
}

async function waitForMail(address: string, count = 1) {
  for (let i = 0; i < 500 && inbox.mailsTo(address).length < count; i++) await new Promise((r) => setTimeout(r, 20))
  return inbox.mailsTo(address)
}

test('a valid sign-up gets a mail in its language whose link confirms the subscription', async () => {
  const email = uniqueAddress()
  const response = await signUpJson(email, { locale: 'es' })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ status: 'accepted' })
  const [pending] = await subscriberByEmail(payload, email)
  expect(pending.status).toBe('pending')

  const [mail] = await waitForMail(email)
  const parsed = await readMail(mail.raw)
  const body = parsed.text ?? ''
  expect(parsed.subject).toBe('Confirme su suscripción al boletín')
  expect(body).toContain('Usted (o alguien con su dirección) desea recibir el boletín')
  expect(headerLine(parsed, 'list-unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/api\/newsletter\/unsubscribe\?id=\d+&token=[\w-]+>$/)
  expect(headerLine(parsed, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
  // The links open the pages in the reader's language; their buttons post.
  expect(linkFrom(body, '/newsletter/confirm')).toMatch(/^http:\/\/localhost:3000\/es\/newsletter\/confirm\?token=[\w-]{43}$/)
  expect(linkFrom(body, '/newsletter/unsubscribe')).toMatch(/^http:\/\/localhost:3000\/es\/newsletter\/unsubscribe\?id=\d+&token=[\w-]+$/)

  const confirm = await pressConfirm(linkFrom(body, '/newsletter/confirm'), 'es')
  expect(confirm.status).toBe(303)
  expect(confirm.headers.get('location')).toBe('http://localhost:3000/es/newsletter/confirmed')
  const [confirmed] = await subscriberByEmail(payload, email)
  expect(confirmed.status).toBe('confirmed')
  const { docs: records } = await payload.find({ collection: 'consent-records', where: { subscriber: { equals: confirmed.id } } })
  expect(records).toHaveLength(1)
  expect(records[0]).toMatchObject({ purpose: 'newsletter', language: 'es' })
  expect(records[0].confirmedAt).toBeTruthy()
  expect(records[0].noticeHash).toMatch(/^[0-9a-f]{64}$/)
  expect(records[0].ipHash).toMatch(/^[0-9a-f]{64}$/)
})

test('opening a link changes nothing: the old GET addresses lead to the pages and the sign-up stays pending, the reader confirmed', async () => {
  const email = uniqueAddress()
  await signUpJson(email)
  const body = (await readMail((await waitForMail(email))[0].raw)).text ?? ''
  const token = tokenIn(linkFrom(body, '/newsletter/confirm'))
  const opened = await api('GET', `/api/newsletter/confirm?token=${token}`)
  expect(opened.status).toBe(303)
  expect(opened.headers.get('location')).toBe(`http://localhost:3000/de/newsletter/confirm?token=${token}`)
  expect((await subscriberByEmail(payload, email))[0].status).toBe('pending')

  expect((await pressConfirm(linkFrom(body, '/newsletter/confirm'))).headers.get('location')).toBe('http://localhost:3000/de/newsletter/confirmed')
  const unsubscribeQuery = new URL(linkFrom(body, '/newsletter/unsubscribe')).search
  const openedUnsubscribe = await api('GET', `/api/newsletter/unsubscribe${unsubscribeQuery}`)
  expect(openedUnsubscribe.headers.get('location')).toBe(`http://localhost:3000/de/newsletter/unsubscribe${unsubscribeQuery}`)
  expect((await subscriberByEmail(payload, email))[0].status).toBe('confirmed')
})

test('a confirmation link works once: the second press is refused', async () => {
  const email = uniqueAddress()
  await signUpJson(email)
  const [mail] = await waitForMail(email)
  const link = linkFrom((await readMail(mail.raw)).text ?? '', '/newsletter/confirm')
  expect((await pressConfirm(link)).headers.get('location')).toBe('http://localhost:3000/de/newsletter/confirmed')
  const again = await pressConfirm(link)
  expect(again.headers.get('location')).toBe('http://localhost:3000/de/newsletter/error?reason=invalid')
})

test('an expired confirmation link is refused and leaves the sign-up pending', async () => {
  const email = uniqueAddress()
  await signUpJson(email, { locale: 'en' })
  const [mail] = await waitForMail(email)
  const [subscriber] = await subscriberByEmail(payload, email)
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: { tokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
    overrideAccess: true,
  })
  const response = await pressConfirm(linkFrom((await readMail(mail.raw)).text ?? '', '/newsletter/confirm'), 'en')
  expect(response.headers.get('location')).toBe('http://localhost:3000/en/newsletter/error?reason=expired')
  expect((await subscriberByEmail(payload, email))[0].status).toBe('pending')
})

test('a made-up token is refused, in the language of the page it came from', async () => {
  const response = await api('POST', '/api/newsletter/confirm', { form: { token: 'A'.repeat(43), locale: 'es' } })
  expect(response.headers.get('location')).toBe('http://localhost:3000/es/newsletter/error?reason=invalid')
})

test('the unsubscribe page’s button and the RFC 8058 one-click POST both unsubscribe, idempotently', async () => {
  const viaLink = uniqueAddress()
  const viaPost = uniqueAddress()
  await signUpJson(viaLink)
  await signUpJson(viaPost, { locale: 'en' })
  const linkMail = await readMail((await waitForMail(viaLink))[0].raw)
  const postMail = await readMail((await waitForMail(viaPost))[0].raw)

  const link = linkFrom(linkMail.text ?? '', '/newsletter/unsubscribe')
  const first = await pressUnsubscribe(link)
  expect(first.status).toBe(303)
  expect(first.headers.get('location')).toBe('http://localhost:3000/de/newsletter/unsubscribed')
  expect((await pressUnsubscribe(link)).headers.get('location')).toBe('http://localhost:3000/de/newsletter/unsubscribed')
  expect((await subscriberByEmail(payload, viaLink))[0].status).toBe('unsubscribed')

  const oneClick = headerLine(postMail, 'list-unsubscribe')!.slice(1, -1)
  const post = () =>
    api('POST', oneClick, { body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
  expect((await post()).status).toBe(200)
  expect((await post()).status).toBe(200)
  const [unsubscribed] = await subscriberByEmail(payload, viaPost)
  expect(unsubscribed.status).toBe('unsubscribed')
  const { docs: records } = await payload.find({ collection: 'consent-records', where: { subscriber: { equals: unsubscribed.id } } })
  expect(records[0].withdrawnAt).toBeTruthy()

  const forged = await api('POST', oneClick.replace(/token=[\w-]+/, `token=${'x'.repeat(43)}`), { body: 'List-Unsubscribe=One-Click' })
  expect(forged.status).toBe(400)
})

test('the answer is identical for a new, pending, confirmed and unsubscribed address', async () => {
  const [fresh, pending, confirmed, unsubscribed] = [1, 2, 3, 4].map(() => uniqueAddress())
  for (const email of [pending, confirmed, unsubscribed]) await signUpJson(email)
  const confirmMail = (await readMail((await waitForMail(confirmed))[0].raw)).text ?? ''
  await pressConfirm(linkFrom(confirmMail, '/newsletter/confirm'))
  const unsubscribeMail = (await readMail((await waitForMail(unsubscribed))[0].raw)).text ?? ''
  await pressUnsubscribe(linkFrom(unsubscribeMail, '/newsletter/unsubscribe'))

  const answers = await Promise.all(
    [fresh, pending, confirmed, unsubscribed].map(async (email) => {
      const response = await signUpJson(email)
      return { status: response.status, body: await response.text(), type: response.headers.get('content-type') }
    }),
  )
  expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1)

  const forms = await Promise.all(
    [fresh, pending, confirmed, unsubscribed].map(async (email) => {
      const response = await api('POST', '/api/newsletter/sign-up', { form: { email, consent: 'on', locale: 'de' } })
      return `${response.status} ${response.headers.get('location')}`
    }),
  )
  expect(new Set(forms)).toEqual(new Set(['303 http://localhost:3000/de/newsletter/check-mail']))
})

test('a pending address gets at most one more mail per interval, and a returning reader one mail', async () => {
  const email = uniqueAddress()
  await signUpJson(email)
  await waitForMail(email)
  await signUpJson(email)
  await signUpJson(email)
  await new Promise((r) => setTimeout(r, 300))
  expect(inbox.mailsTo(email)).toHaveLength(1)
})

test('50 parallel sign-ups of one address make one row, one consent record, one mail and no error', async () => {
  const email = uniqueAddress('parallel')
  const responses = await Promise.all(Array.from({ length: 50 }, () => signUpJson(email, {}, uniqueIp())))
  expect(responses.map((response) => response.status).filter((status) => status !== 200 && status !== 429)).toEqual([])
  expect(responses.filter((response) => response.status === 200).length).toBeGreaterThanOrEqual(5)
  const rows = await subscriberByEmail(payload, email)
  expect(rows).toHaveLength(1)
  const { totalDocs } = await payload.count({ collection: 'consent-records', where: { subscriber: { equals: rows[0].id } } })
  expect(totalDocs).toBe(1)
  await new Promise((r) => setTimeout(r, 300))
  expect(inbox.mailsTo(email)).toHaveLength(1)
})

test('a filled honeypot gets the usual answer and nothing is stored or sent', async () => {
  const email = uniqueAddress('bot')
  const response = await signUpJson(email, { website: 'http://spam.example' })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ status: 'accepted' })
  expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  await new Promise((r) => setTimeout(r, 200))
  expect(inbox.mailsTo(email)).toHaveLength(0)
})

test('invalid input answers 400 with field codes and writes nothing; a form post goes back to the form', async () => {
  const email = uniqueAddress()
  const response = await api('POST', '/api/newsletter/sign-up', { json: { email, consent: false, locale: 'fr' } })
  expect(response.status).toBe(400)
  expect(await response.json()).toEqual({ status: 'invalid', errors: { consent: 'consent', locale: 'locale' } })
  expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  const broken = await api('POST', '/api/newsletter/sign-up', { body: '{not json', headers: { 'content-type': 'application/json' } })
  expect(broken.status).toBe(400)
  const unknownArea = await signUpJson(email, { interests: [987654] })
  expect(unknownArea.status).toBe(400)
  expect(await unknownArea.json()).toEqual({ status: 'invalid', errors: { interests: 'interests' } })
  expect(await subscriberByEmail(payload, email)).toHaveLength(0)
  const form = await api('POST', '/api/newsletter/sign-up', { form: { email: 'nope', locale: 'en' } })
  expect(form.status).toBe(303)
  expect(form.headers.get('location')).toBe('http://localhost:3000/en/newsletter?errors=email%2Cconsent')
})

test('a flood from one IP gets 429 with a code and Retry-After, as JSON and, without JavaScript, as a redirect to the form', async () => {
  const ip = uniqueIp()
  const statuses: number[] = []
  let last: Response | undefined
  for (let i = 0; i < 22; i++) {
    last = await signUpJson(uniqueAddress('flood'), { locale: 'en' }, ip)
    statuses.push(last.status)
  }
  expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true)
  expect(statuses.slice(20)).toEqual([429, 429])
  expect(last!.headers.get('retry-after')).toMatch(/^[1-9]\d*$/)
  expect(await last!.json()).toEqual({ status: 'rate-limited', error: 'rateLimited' })

  const form = await api('POST', '/api/newsletter/sign-up', { form: { email: uniqueAddress('flood'), consent: 'on', locale: 'es' }, ip })
  expect(form.status).toBe(303)
  expect(form.headers.get('location')).toBe('http://localhost:3000/es/newsletter?notice=rateLimited')
  expect(form.headers.get('retry-after')).toMatch(/^[1-9]\d*$/)
  expect(form.headers.get('content-type')).toBeNull()
  expect(await form.text()).toBe('')
})

// Found on a production build: the first X-Forwarded-For entry was believed, so a client
// chose its own budget and 1,000 sign-ups from one machine went through.
test('with no trusted proxy a client forging X-Forwarded-For stays in the budget of its own address', async () => {
  const peer = uniqueIp()
  const statuses: number[] = []
  for (let i = 0; i < 21; i++) {
    statuses.push((await signUpJson(uniqueAddress('forger'), {}, peer, { forwardedFor: `${uniqueIp()}, ${uniqueIp()}` })).status)
  }
  expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true)
  expect(statuses[20]).toBe(429)
})

test('behind one trusted proxy the address the proxy recorded is the client: its own budget, whatever the client wrote before it', async () => {
  process.env.TRUSTED_PROXY_HOPS = '1'
  rereadSettings()
  try {
    const proxy = uniqueIp()
    const client = uniqueIp()
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) {
      statuses.push((await signUpJson(uniqueAddress('proxied'), {}, proxy, { forwardedFor: `${uniqueIp()}, ${client}` })).status)
    }
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true)
    expect(statuses[20]).toBe(429)
    // Another reader behind the same proxy has a budget of their own.
    expect((await signUpJson(uniqueAddress('proxied'), {}, proxy, { forwardedFor: uniqueIp() })).status).toBe(200)
  } finally {
    delete process.env.TRUSTED_PROXY_HOPS
    rereadSettings()
  }
})

test('one mailbox under many spellings shares one budget: +tags, and Gmail’s dots', async () => {
  const name = uniqueAddress('box').split('@')[0].replace(/-/g, '')
  const tagged = Array.from({ length: 6 }, (_, i) => `${name}+${i}@example.net`)
  const statuses = []
  for (const email of tagged) statuses.push((await signUpJson(email, {}, uniqueIp())).status)
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429])

  const dotted = [`${name}@gmail.com`, `${name.split('').join('.')}@gmail.com`, `${name.slice(0, 3)}.${name.slice(3)}+x@googlemail.com`]
  const gmail = []
  for (let i = 0; i < 6; i++) gmail.push((await signUpJson(dotted[i % 3], {}, uniqueIp())).status)
  expect(gmail).toEqual([200, 200, 200, 200, 200, 429])
})

test('one address signed up from many IPs is limited too', async () => {
  const email = uniqueAddress('target')
  const statuses: number[] = []
  for (let i = 0; i < 7; i++) statuses.push((await signUpJson(email, {}, uniqueIp())).status)
  expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
  expect(statuses.slice(5)).toEqual([429, 429])
})

test('chosen interests are stored with the sign-up', async () => {
  const dialogue = await payload.create({
    collection: 'dialogues',
    data: { title: 'Newsletter-Dialog', partnerCountry: { code: 'MX', name: 'Mexiko' }, _status: 'published' },
    context: { disableRevalidate: true },
  })
  const area = await payload.create({
    collection: 'workplan-areas',
    data: { title: 'KI', dialogue: dialogue.id, order: 1 },
    context: { disableRevalidate: true },
  })
  const email = uniqueAddress()
  expect((await signUpJson(email, { interests: [area.id] })).status).toBe(200)
  const [subscriber] = await subscriberByEmail(payload, email)
  expect(subscriber.interests).toEqual([area.id])
})

test('the mail uses the subject a translator saved in the admin', async () => {
  const { docs } = await payload.find({ collection: 'interface-strings', where: { key: { equals: 'Newsletter.mail.subject' } }, locale: 'en' })
  const original = docs[0].value
  const subject = `Please confirm your newsletter subscription (${Date.now()})`
  await payload.update({ collection: 'interface-strings', id: docs[0].id, locale: 'en', data: { value: subject } })
  try {
    const email = uniqueAddress()
    expect((await signUpJson(email, { locale: 'en' })).status).toBe(200)
    const [mail] = await waitForMail(email)
    expect((await readMail(mail.raw)).subject).toBe(subject)
  } finally {
    await payload.update({ collection: 'interface-strings', id: docs[0].id, locale: 'en', data: { value: original } })
  }
})
