import { randomBytes } from 'node:crypto'
import { adminHeaders } from './support/adminApi'
import { base, launchChromium } from './support/browser'

// The production server (`next start`, NODE_ENV=production, the minified bundle).
const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify({ email, password }),
  })

it('the auth cookie is Secure, HttpOnly and SameSite=Lax, and Chromium on http://127.0.0.1 keeps it for the admin', async () => {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext()
    const answer = await context.request.post(`${base}/api/users/login`, {
      data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD },
    })
    expect(answer.status()).toBe(200)
    const cookie = answer.headers()['set-cookie'] ?? ''
    expect(cookie).toMatch(/; Secure/i)
    expect(cookie).toMatch(/; HttpOnly/i)
    expect(cookie).toMatch(/; SameSite=Lax/i)
    const page = await context.newPage()
    const me = await page.goto(`${base}/api/users/me`)
    expect(((await me?.json()) as { user: { email: string } | null }).user?.email).toBe(process.env.PAYLOAD_ADMIN_EMAIL)
  } finally {
    await browser.close()
  }
})

it('nobody registers the first user over HTTP', async () => {
  const answer = await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `intruder-${Date.now()}@example.org`, password: 'Gr4nite-xkcd-Quill-99' }),
  })
  expect(answer.status).toBe(403)
})

it('wrong passwords are limited per address even when the client forges X-Forwarded-For, with Retry-After and a message', async () => {
  const email = `limited-${randomBytes(4).toString('hex')}@example.org`
  const password = `Gr4nite-${randomBytes(8).toString('hex')}`
  const created = await fetch(`${base}/api/users`, {
    method: 'POST',
    headers: { ...(await adminHeaders()), 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, role: 'editor' }),
  })
  expect(created.status).toBe(201)
  for (let i = 0; i < 5; i++) expect((await login(email, 'wrong', { 'x-forwarded-for': `6.6.6.${i}` })).status).toBe(401)
  const limited = await login(email, 'wrong', { 'x-forwarded-for': '6.6.6.99' })
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(((await limited.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/^Too many failed login attempts/)
})
