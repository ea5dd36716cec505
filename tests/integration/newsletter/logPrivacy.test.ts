import type { AddressInfo } from 'node:net'
import { rereadSettings } from '@/lib/env'
import { Writable } from 'node:stream'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { payloadLoggerOptions } from '@/lib/log/logger'
import { runInRequest } from '@/lib/log/requestContext'
import { uniqueAddress, uniqueIp } from './support'

// A mail server that refuses every recipient and names it in its answer, as real ones do:
// the mail worker's log line about the failed mail is where an address would leak.
let smtp: SMTPServer
let payload: Payload
let stopPayload: (payload: Payload) => Promise<void>
const lines: string[] = []

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 }))
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  rereadSettings()
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  stopPayload = (await import('../support/payload')).stopPayload
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      done()
    },
  })
  // The production logger of payload.config.ts, written into `lines` instead of stdout.
  const production = Object.assign({}, await config, { logger: { options: { ...payloadLoggerOptions.options }, destination } })
  payload = await getPayload({ config: production, key: `log-privacy-${Math.random()}` })
})
afterAll(async () => {
  await stopPayload?.(payload)
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

test('a sign-up whose mail is refused: the worker logs the failure as JSON with the SMTP code, never the address or the link', async () => {
  const { signUp } = await import('@/newsletter/signUp')
  const { startMailWorker } = await import('@/lib/mail/outbox/worker')
  const email = uniqueAddress('private')
  const outcome = await runInRequest({ requestId: 'req-privacy-0001', outage: false, outagePage: false }, () =>
    signUp(payload, { email, consent: true, locale: 'de', interests: [], website: '' }, { ip: uniqueIp() }),
  )
  expect(outcome).toEqual({ status: 'accepted' })
  const worker = await startMailWorker(payload, { pollIntervalMs: 200 })
  const parsed = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>)
  const isFailure = (line: Record<string, unknown>) => String(line.msg).includes('SMTP permanent failure (EENVELOPE 550)')
  try {
    for (let i = 0; i < 100 && !parsed().some(isFailure); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  } finally {
    await worker.stop()
  }
  expect(parsed().find(isFailure)).toMatchObject({ level: 50 })
  const all = lines.join('\n')
  expect(all).not.toContain(email)
  expect(all).not.toMatch(/token=[A-Za-z0-9_-]{20,}/)
})
