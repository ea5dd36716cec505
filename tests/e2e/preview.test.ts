import AxeBuilder from '@axe-core/playwright'
import { base, launchChromium, wcag21aa } from './support/browser'
import type { Browser } from 'playwright-core'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

it('an editor previews a draft that readers do not see; without a login the preview is a 404', async () => {
  const staff = await browser.newContext()
  const login = await staff.request.post(`${base}/api/users/login`, {
    data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD },
  })
  expect(login.status()).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}` }
  const found = await (await staff.request.get(`${base}/api/dialogues?where[slug][equals]=mexiko&locale=de&depth=0`)).json()
  const dialogue = found.docs[0] as { id: number; title: string }
  const draftTitle = `Entwurf ${Date.now()}`
  const saved = await staff.request.patch(`${base}/api/dialogues/${dialogue.id}?draft=true&locale=de`, {
    data: { title: draftTitle },
    headers,
  })
  expect([saved.status(), saved.status() === 200 ? '' : await saved.text()]).toEqual([200, ''])

  const page = await staff.newPage()
  const preview = await page.goto(`${base}/de/preview/dialogues/${dialogue.id}`)
  expect(preview?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(draftTitle)
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  expect(violations.map((v) => v.id)).toEqual([])

  const reader = await browser.newContext()
  const readerPage = await reader.newPage()
  await readerPage.goto(`${base}/de/dialoge/mexiko`)
  await expect(readerPage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(dialogue.title)
  expect((await readerPage.goto(`${base}/de/preview/dialogues/${dialogue.id}`))?.status()).toBe(404)
  await reader.close()
  await staff.close()
})
