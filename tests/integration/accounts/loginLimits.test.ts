import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { loginRules as rulesFromEnv } from '@/collections/Users/loginLimits'
import { closeRouteHandlers, rest } from '../api/http'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

// Each test uses addresses and accounts of its own: the limits live in the shared database.
const randomIp = () => `203.0.113.${randomBytes(1)[0]}, 10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`
const unknownEmail = () => `nobody-${randomBytes(4).toString('hex')}@example.org`

const login = (email: string, password: string, ip: string, language = 'en') =>
  rest('POST', 'users/login', { body: { email, password }, headers: { 'x-forwarded-for': ip }, language })

const loginRules = rulesFromEnv()
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

describe('login limits', () => {
  it('five wrong passwords from one address and account answer 429 there, and the owner still logs in from another address', async () => {
    const owner = await createUser(payload, 'admin')
    const attacker = randomIp()
    for (let i = 0; i < loginRules.perIpAndAccount.points; i++) {
      expect((await login(owner.email, 'wrong-password-guess', attacker)).status).toBe(401)
    }
    const limited = await login(owner.email, 'wrong-password-guess', attacker, 'de')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(limited.json)).toMatch(/Zu viele fehlgeschlagene Anmeldeversuche/)
    // Even the right password is refused from the limited place, so a guess there tells nothing.
    expect((await login(owner.email, owner.password, attacker)).status).toBe(429)

    const fromElsewhere = await login(owner.email, owner.password, randomIp())
    expect(fromElsewhere.status).toBe(200)
    expect(fromElsewhere.json.token).toBeTruthy()
  })

  it('twenty failures from one address answer 429 for any account from it, in the reader\'s language', async () => {
    const ip = randomIp()
    for (let i = 0; i < loginRules.perIp.points; i++) expect((await login(unknownEmail(), 'some-guess', ip)).status).toBe(401)
    const limited = await login(unknownEmail(), 'some-guess', ip, 'es')
    expect(limited.status).toBe(429)
    expect(JSON.stringify(limited.json)).toMatch(/Demasiados intentos fallidos/)
    const someone = await createUser(payload, 'editor')
    expect((await login(someone.email, someone.password, randomIp())).status).toBe(200)
  })

  it('a successful login gives its point back: an owner who logs in often is never limited', async () => {
    const owner = await createUser(payload, 'editor')
    const ip = randomIp()
    for (let i = 0; i < loginRules.perIpAndAccount.points + 2; i++) {
      expect((await login(owner.email, owner.password, ip)).status).toBe(200)
    }
  })

  it('many addresses guessing one account are slowed by the account cap, while its owner logs in from a known place', async () => {
    const owner = await createUser(payload, 'admin')
    const home = randomIp()
    expect((await login(owner.email, owner.password, home)).status).toBe(200)
    for (let i = 0; i < loginRules.perAccount.points; i++) {
      expect((await login(owner.email, 'distributed-guess', randomIp())).status).toBe(401)
    }
    const capped = await login(owner.email, 'distributed-guess', randomIp())
    expect(capped.status).toBe(429)
    expect(Number(capped.headers.get('retry-after'))).toBeLessThanOrEqual(loginRules.perAccount.durationSeconds)
    expect((await login(owner.email, owner.password, home)).status).toBe(200)
  })

  it('no failed login writes to the account: nothing an attacker does locks it', async () => {
    const owner = await createUser(payload, 'editor')
    const before = await payload.findByID({ collection: 'users', id: owner.id, overrideAccess: true })
    for (let i = 0; i < 7; i++) await login(owner.email, 'wrong', randomIp())
    const after = await payload.findByID({ collection: 'users', id: owner.id, overrideAccess: true })
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(after).not.toHaveProperty('lockUntil')
  })
})
