import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { closeRouteHandlers, rest } from '../api/http'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

const login = (email: string, password: string) =>
  rest('POST', 'users/login', { body: { email, password }, headers: { 'x-forwarded-for': `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}` } })

it('a login for an unknown e-mail gets the same status and body as a wrong password for a known one', async () => {
  const known = await createUser(payload, 'admin')
  const wrongPassword = await login(known.email, 'not-the-password')
  const unknownAccount = await login(`nobody-${randomBytes(4).toString('hex')}@example.org`, 'not-the-password')
  expect(wrongPassword.status).toBe(401)
  expect(unknownAccount.status).toBe(wrongPassword.status)
  expect(unknownAccount.json).toEqual(wrongPassword.json)
})

it('an unknown e-mail takes as long as a wrong password: the password is hashed either way', async () => {
  const known = await createUser(payload, 'editor')
  const timed = async (email: string) => {
    const started = performance.now()
    await payload.login({ collection: 'users', data: { email, password: 'not-the-password' } }).catch(() => undefined)
    return performance.now() - started
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const unknown: number[] = []
  const wrong: number[] = []
  for (let i = 0; i < 5; i++) {
    unknown.push(await timed(`nobody-${i}-${randomBytes(4).toString('hex')}@example.org`))
    wrong.push(await timed(known.email))
  }
  // Without the dummy hash an unknown e-mail answers in a few ms against hundreds for a hash.
  expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5)
})
