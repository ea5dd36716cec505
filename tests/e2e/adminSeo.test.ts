import type { Browser } from 'playwright-core'
import { adminHeaders } from './support/adminApi'
import { base, launchChromium } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

it("an editor fills a topic's Spanish meta title with the generate button", async () => {
  const headers = { ...(await adminHeaders()), 'content-type': 'application/json' }
  const stamp = Date.now()
  const created = await fetch(`${base}/api/topics?locale=de`, { method: 'POST', headers, body: JSON.stringify({ title: `SEO-Thema ${stamp}` }) })
  const { doc } = (await created.json()) as { doc: { id: number } }
  await fetch(`${base}/api/topics/${doc.id}?locale=es`, { method: 'PATCH', headers, body: JSON.stringify({ title: `Tema SEO ${stamp}` }) })

  const context = await browser.newContext({ locale: 'en-GB' })
  const login = await context.request.post(`${base}/api/users/login`, {
    data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD },
  })
  expect(login.status()).toBe(200)
  const page = await context.newPage()
  await page.goto(`${base}/admin/collections/topics/${doc.id}?locale=es`)
  const metaTitle = page.locator('#field-meta__title')
  await metaTitle.waitFor({ timeout: 60_000 })
  await page.getByRole('button', { name: /auto-generate/i }).first().click()
  await page.waitForFunction(() => (document.querySelector('#field-meta__title') as HTMLInputElement | null)?.value !== '', null, { timeout: 10_000 })
  await expect(metaTitle.inputValue()).resolves.toBe(`Tema SEO ${stamp}`)
  await context.close()
})
