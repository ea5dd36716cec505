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

it('a session preview is the reader page, its facts too, with the changed German summary marked and the unchanged title not', async () => {
  const staff = await browser.newContext()
  const login = await staff.request.post(`${base}/api/users/login`, {
    data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD },
  })
  const { token } = (await login.json()) as { token: string }
  const headers = { authorization: `JWT ${token}` }
  const found = await (await staff.request.get(`${base}/api/sessions?where[slug][equals]=erste-jahressitzung-2024&locale=de&depth=0`, { headers })).json()
  const session = found.docs[0] as { id: number; title: string }
  const draftSummary = `Entwurf der Kurzfassung ${Date.now()}`
  const saved = await staff.request.patch(`${base}/api/sessions/${session.id}?draft=true&locale=de`, { data: { summary: draftSummary }, headers })
  expect(saved.status()).toBe(200)

  const page = await staff.newPage()
  expect((await page.goto(`${base}/de/preview/sessions/${session.id}`))?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(session.title)
  await expect(page.locator('dl.facts').count()).resolves.toBe(1)
  await expect(page.locator('.preview-unpublished[data-unpublished="summary"] .lead').textContent()).resolves.toBe(draftSummary)
  // The title is as published: not marked.
  await expect(page.locator('.preview-unpublished[data-unpublished="title"]').count()).resolves.toBe(0)
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  expect(violations.map((v) => v.id)).toEqual([])
  await staff.close()
})
