import AxeBuilder from '@axe-core/playwright'
import { adminHeaders } from './support/adminApi'
import { base, launchChromium, wcag21aa } from './support/browser'
import { openPreviewPane } from './support/livePreview'
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
  // The seeded dialogue's latest German version is as published again, for the tests after this one.
  await staff.request.patch(`${base}/api/dialogues/${dialogue.id}?draft=true&locale=de`, { data: { title: dialogue.title }, headers })
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
  const session = found.docs[0] as { id: number; title: string; summary?: string | null }
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
  await staff.request.patch(`${base}/api/sessions/${session.id}?draft=true&locale=de`, { data: { summary: session.summary ?? null }, headers })
  await staff.close()
})

// Topics and institutions publish each locale on its own too: their preview is their reader page.
describe.each([
  { collection: 'topics', german: (tag: string) => ({ title: `Vorschau-Thema ${tag}`, description: 'Beschreibung' }), title: 'title', draft: (tag: string) => ({ title: `Tema en borrador ${tag}` }) },
  {
    collection: 'stakeholders',
    german: (tag: string) => ({ name: `Vorschau-Amt ${tag}`, description: 'Beschreibung', country: 'DE', sector: 'government' }),
    title: 'name',
    draft: (tag: string) => ({ name: `Oficina en borrador ${tag}` }),
  },
])('$collection', ({ collection, german, title, draft }) => {
  it('previews its Spanish draft as the reader page, marked, and the admin’s pane follows a save without a reload', async () => {
    const headers = { ...(await adminHeaders()), 'content-type': 'application/json' }
    const tag = `${Date.now()}`
    const created = await fetch(`${base}/api/${collection}?locale=de`, { method: 'POST', headers, body: JSON.stringify({ ...german(tag), _status: 'published' }) })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const spanish = draft(tag)[title as keyof ReturnType<typeof draft>] as string
    const saved = await fetch(`${base}/api/${collection}/${doc.id}?locale=es&draft=true`, { method: 'PATCH', headers, body: JSON.stringify(draft(tag)) })
    expect(saved.status).toBe(200)

    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1600, height: 1000 } })
    await context.request.post(`${base}/api/users/login`, { data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD } })
    const direct = await context.newPage()
    expect((await direct.goto(`${base}/es/preview/${collection}/${doc.id}`))?.status()).toBe(200)
    await expect(direct.locator(`.preview-unpublished[data-unpublished~="${title}"]`).getByRole('heading', { level: 1 }).textContent()).resolves.toBe(spanish)
    const { violations } = await new AxeBuilder({ page: direct }).withTags(wcag21aa).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
    // Readers see the German text: Spanish is not published.
    const reader = await fetch(`${base}/api/${collection}/${doc.id}?locale=es&depth=0`)
    expect(((await reader.json()) as Record<string, unknown>)[title]).not.toBe(spanish)

    const page = await context.newPage()
    await page.goto(`${base}/admin/collections/${collection}/${doc.id}?locale=es`)
    await page.locator(`#field-${title}`).waitFor({ timeout: 90_000 })
    const pane = await openPreviewPane(page)
    await expect(pane.getByRole('heading', { level: 1 }).textContent({ timeout: 60_000 })).resolves.toBe(spanish)
    const frame = page.frames().find((candidate) => candidate.url().includes(`/preview/${collection}/`))!
    await frame.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
    const changed = `${spanish} (revisado)`
    await page.locator(`#field-${title}`).fill(changed)
    await page.getByRole('button', { name: /Entwurf speichern|Save draft/ }).click()
    await pane.getByRole('heading', { level: 1, name: changed }).waitFor({ timeout: 30_000 })
    await expect(frame.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true)
    await context.close()
  })
})
