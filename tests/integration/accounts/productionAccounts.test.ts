import { randomBytes } from 'node:crypto'
import { accounts, emptyDatabase, removeTestDatabase, runScript } from './support/freshDatabase'
import type { TestDatabase } from '../../setup/testDatabase'

// `npm start` against a database of its own: the first admin comes from the environment, and
// nobody gets one over HTTP. Steps depend on each other (one database), in order.
const strongPassword = () => `Gr4nite-${randomBytes(9).toString('base64url')}-Quill`
const adminEmail = 'first-admin@example.org'
let db: TestDatabase
// A production server refuses to run without these (lib/env.ts, productionProblems).
const productionSettings = { SITE_URL: 'http://localhost:3000', SMTP_URL: 'smtp://127.0.0.1:2525' }
const start = (env: Record<string, string>) =>
  runScript('scripts/start.ts', [], {
    DATABASE_URL: db.url,
    ...productionSettings,
    START_PREPARE_ONLY: '1',
    PAYLOAD_ADMIN_EMAIL: adminEmail,
    ...env,
  })
const http = (path: string, body: unknown, env: Record<string, string> = {}) => {
  const run = runScript('tests/integration/accounts/support/httpInChild.ts', [path, JSON.stringify(body)], { DATABASE_URL: db.url, ...productionSettings, ...env })
  if (run.status !== 0) throw new Error(`child failed:\n${run.stderr}`)
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as { status: number; setCookie: string | null; json: { errors?: { message: string }[] } }
}

beforeAll(async () => {
  db = await emptyDatabase()
})
afterAll(async () => {
  await removeTestDatabase(db)
})

describe('the first admin of a production database', () => {
  it('npm start refuses a weak PAYLOAD_ADMIN_PASSWORD, says what is weak, and creates nobody', async () => {
    const tooShort = start({ PAYLOAD_ADMIN_PASSWORD: 'Sh0rt!pw' })
    expect(tooShort.status).toBe(1)
    expect(tooShort.stderr).toMatch(/PAYLOAD_ADMIN_PASSWORD .*8 characters; at least 12 are required/)
    const common = start({ PAYLOAD_ADMIN_PASSWORD: 'password1234' })
    expect(common.status).toBe(1)
    expect(common.stderr).toMatch(/too easy to guess .*commonly used password/)
    expect(await accounts(db.url)).toEqual([])
  }, 600_000)

  it('npm start refuses an empty database without PAYLOAD_ADMIN_PASSWORD or without PAYLOAD_ADMIN_EMAIL', async () => {
    const noPassword = start({ PAYLOAD_ADMIN_PASSWORD: '' })
    expect(noPassword.status).toBe(1)
    expect(noPassword.stderr).toMatch(/PAYLOAD_ADMIN_PASSWORD cannot protect the first admin: no password was given/)
    const noEmail = start({ PAYLOAD_ADMIN_EMAIL: '', PAYLOAD_ADMIN_PASSWORD: strongPassword() })
    expect(noEmail.status).toBe(1)
    expect(noEmail.stderr).toMatch(/no user account yet\. Set PAYLOAD_ADMIN_EMAIL/)
    expect(await accounts(db.url)).toEqual([])
  }, 600_000)

  it('POST /api/users/first-register on the empty users table is refused with 403 and a clear message, and creates nobody', async () => {
    const answer = http('users/first-register', { email: 'intruder@example.org', password: strongPassword() })
    expect(answer.status).toBe(403)
    expect(answer.json.errors?.[0]?.message).toMatch(/first account is not created over the web|erste Konto wird nicht über das Web/)
    expect(await accounts(db.url)).toEqual([])
  }, 360_000)

  it('npm start with a good password creates exactly one admin, and a second start changes nothing', async () => {
    const password = strongPassword()
    const first = start({ PAYLOAD_ADMIN_PASSWORD: password })
    // The whole run, should it fail: CI once saw exit code 13 here and nothing else.
    expect({ status: first.status, stderr: first.status === 0 ? '' : first.stderr }).toEqual({ status: 0, stderr: '' })
    expect(first.stdout).toMatch(`created the first admin account ${adminEmail}`)
    expect(await accounts(db.url)).toEqual([{ email: adminEmail, role: 'admin' }])
    const second = start({ PAYLOAD_ADMIN_EMAIL: 'someone-else@example.org', PAYLOAD_ADMIN_PASSWORD: strongPassword() })
    expect({ status: second.status, stderr: second.status === 0 ? '' : second.stderr }).toEqual({ status: 0, stderr: '' })
    expect(second.stdout).not.toMatch('created the first admin')
    expect(await accounts(db.url)).toEqual([{ email: adminEmail, role: 'admin' }])

    // Its auth cookie in production: HttpOnly, Secure, SameSite=Lax.
    const login = http('users/login', { email: adminEmail, password }, { NODE_ENV: 'production' })
    expect(login.status).toBe(200)
    expect(login.setCookie).toMatch(/^payload-token=/)
    expect(login.setCookie).toMatch(/; HttpOnly/i)
    expect(login.setCookie).toMatch(/; Secure/i)
    expect(login.setCookie).toMatch(/; SameSite=Lax/i)
  }, 600_000)
})

describe('npm run admin -- create', () => {
  const admin = (args: string[], env: Record<string, string> = {}, input = '') => runScript('scripts/admin.ts', args, { DATABASE_URL: db.url, ...env }, input)

  it('refuses a password on the command line, a bad role, a translator without locales and a weak password, each with its reason', () => {
    const inArgv = admin(['create', '--email', 'x@example.org', '--role', 'admin', '--password', strongPassword()])
    expect(inArgv.status).toBe(1)
    expect(inArgv.stderr).toMatch(/shell history/)
    const badRole = admin(['create', '--email', 'x@example.org', '--role', 'boss'], { NEW_ACCOUNT_PASSWORD: strongPassword() })
    expect(badRole.status).toBe(1)
    expect(badRole.stderr).toMatch(/role: must be one of admin, editor, translator/)
    const noLocales = admin(['create', '--email', 'x@example.org', '--role', 'translator'], { NEW_ACCOUNT_PASSWORD: strongPassword() })
    expect(noLocales.status).toBe(1)
    expect(noLocales.stderr).toMatch(/a translator needs the locales/)
    const weak = admin(['create', '--email', 'x@example.org', '--role', 'editor'], {}, 'qwertyuiop12\n')
    expect(weak.status).toBe(1)
    expect(weak.stderr).toMatch(/password is too weak, it is too easy to guess/)
    const unknownOption = admin(['create', '--email', 'x@example.org', '--rol', 'editor'])
    expect(unknownOption.status).toBe(1)
    expect(unknownOption.stderr).toMatch(/usage: npm run admin -- create/)
  }, 600_000)

  it('creates an account with the password from stdin, and refuses the same e-mail twice', async () => {
    const password = strongPassword()
    const made = admin(['create', '--email', 'Translator@Example.org', '--role', 'translator', '--locales', 'es,en'], {}, `${password}\n`)
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    expect(await accounts(db.url)).toContainEqual({ email: 'translator@example.org', role: 'translator' })
    const again = admin(['create', '--email', 'translator@example.org', '--role', 'editor'], { NEW_ACCOUNT_PASSWORD: strongPassword() })
    expect(again.stderr).toMatch(/translator@example.org already has one/)
    expect(again.status).toBe(1)
    const login = http('users/login', { email: 'translator@example.org', password })
    expect(login.status).toBe(200)
  }, 600_000)
})
