import { randomBytes } from 'node:crypto'
import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { paragraphsToRichText } from '@/seed/lexical'
import { adminHeaders } from './support/adminApi'
import { base, launchChromium, wcag21aa } from './support/browser'
import { openPreviewPane } from './support/livePreview'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

// A dialogue of its own (the seeded one is shared by other tests): German published, Spanish empty.
// With one milestone: the admin's save of a dialogue without milestones answered 400 ("milestones")
// in this run — not looked into yet.
async function germanDialogue(headers: Record<string, string>, extra: Record<string, unknown> = {}) {
  const tag = randomBytes(3).toString('hex')
  const title = `Übersetzungsdialog ${tag}`
  const created = await fetch(`${base}/api/dialogues?locale=de`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      title,
      summary: `Kurzfassung ${tag}`,
      partnerCountry: { code: 'MX', name: 'Mexiko' },
      milestones: [{ year: 2015, label: 'Gründung' }],
      _status: 'published',
      ...extra,
    }),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  return { id: doc.id, title, summary: `Kurzfassung ${tag}` }
}

async function patchDialogue(headers: Record<string, string>, id: number, query: string, data: Record<string, unknown>) {
  const saved = await fetch(`${base}/api/dialogues/${id}?${query}`, {
    method: 'PATCH',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  expect([saved.status, saved.status === 200 ? '' : await saved.text()]).toEqual([200, ''])
}

async function adminContext() {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1600, height: 1000 } })
  await context.request.post(`${base}/api/users/login`, { data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD } })
  return context
}

// Payload remembers per account whether the live preview is open, and another test may have
// left it open: the toggler is clicked only when the pane does not show by itself.
async function translatorContext() {
  const email = `translator-${randomBytes(4).toString('hex')}@example.org`
  const password = randomBytes(12).toString('hex')
  const created = await fetch(`${base}/api/users`, {
    method: 'POST',
    headers: { ...(await adminHeaders()), 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, role: 'translator', locales: ['es'] }),
  })
  expect(created.status).toBe(201)
  const context = await browser.newContext({ locale: 'es-MX' })
  expect((await context.request.post(`${base}/api/users/login`, { data: { email, password } })).status()).toBe(200)
  return context
}

it('a translator editing Spanish sees the German text beside each field and copies it as a starting point', async () => {
  const dialogue = await germanDialogue(await adminHeaders())
  const context = await translatorContext()
  const page = await context.newPage()
  await page.goto(`${base}/admin/collections/dialogues/${dialogue.id}?locale=es`)
  const title = page.locator('#field-title')
  await title.waitFor({ timeout: 90_000 })

  const beside = page.locator('.dd-german-source[data-path="title"]')
  await beside.waitFor({ timeout: 30_000 })
  await expect(beside.locator('[data-german-text]').textContent()).resolves.toBe(dialogue.title)
  await expect(beside.locator('[data-german-text]').getAttribute('lang')).resolves.toBe('de')
  await expect(page.locator('.dd-german-source[data-path="summary"] [data-german-text]').textContent()).resolves.toBe(dialogue.summary)

  await expect(title.inputValue()).resolves.toBe('')
  await beside.getByRole('button').click()
  await expect(title.inputValue()).resolves.toBe(dialogue.title)

  const { violations } = await new AxeBuilder({ page }).include('.dd-german-source').withTags(wcag21aa).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  await context.close()
})

it('the German editor sees no German source panel', async () => {
  const dialogue = await germanDialogue(await adminHeaders())
  const context = await browser.newContext({ locale: 'de-DE' })
  await context.request.post(`${base}/api/users/login`, { data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD } })
  const page = await context.newPage()
  await page.goto(`${base}/admin/collections/dialogues/${dialogue.id}?locale=de`)
  await page.locator('#field-title').waitFor({ timeout: 90_000 })
  await page.waitForTimeout(1000)
  await expect(page.locator('.dd-german-source').count()).resolves.toBe(0)
  await context.close()
})

it('a save in the admin updates the live preview pane without a reload', async () => {
  const dialogue = await germanDialogue(await adminHeaders())
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1600, height: 1000 } })
  await context.request.post(`${base}/api/users/login`, { data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD } })
  const page = await context.newPage()
  await page.goto(`${base}/admin/collections/dialogues/${dialogue.id}?locale=de`)
  const title = page.locator('#field-title')
  await title.waitFor({ timeout: 90_000 })
  const pane = await openPreviewPane(page)
  await expect(pane.getByRole('heading', { level: 1 }).textContent({ timeout: 60_000 })).resolves.toBe(dialogue.title)
  // Marked so nothing can tell a reload from a refresh: a reload would lose it.
  const frame = page.frames().find((candidate) => candidate.url().includes('/preview/dialogues/'))!
  await frame.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

  const changed = `${dialogue.title} geändert`
  await title.fill(changed)
  await page.getByRole('button', { name: /Entwurf speichern|Save draft/ }).click()
  await expect(pane.getByRole('heading', { level: 1, name: changed }).textContent({ timeout: 30_000 })).resolves.toBe(changed)
  await expect(frame.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true)
  await context.close()
})

it('the preview pane shows the whole Spanish page — workplan and milestones too — marks what Spanish readers do not see yet, and follows a save', async () => {
  const headers = await adminHeaders()
  const dialogue = await germanDialogue(headers, { body: paragraphsToRichText(['Deutscher Text']) })
  const area = await fetch(`${base}/api/workplan-areas?locale=de`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Energie ${dialogue.id}`, dialogue: dialogue.id, order: 1 }),
  })
  expect(area.status).toBe(201)
  const spanishTitle = `Diálogo ${dialogue.id}`
  await patchDialogue(headers, dialogue.id, 'locale=es&draft=true', { title: spanishTitle })

  const context = await adminContext()
  const page = await context.newPage()
  await page.goto(`${base}/admin/collections/dialogues/${dialogue.id}?locale=es`)
  await page.locator('#field-title').waitFor({ timeout: 90_000 })
  const pane = await openPreviewPane(page)
  await expect(pane.getByRole('heading', { level: 1 }).textContent({ timeout: 60_000 })).resolves.toBe(spanishTitle)
  // Beyond title and body: the workplan (another collection) and the milestones, as readers get them.
  await expect(pane.getByRole('heading', { level: 2, name: 'Plan de trabajo' }).count()).resolves.toBe(1)
  await expect(pane.getByText(`Energie ${dialogue.id}`).count()).resolves.toBeGreaterThan(0)
  await expect(pane.getByRole('heading', { level: 2, name: 'Hitos' }).count()).resolves.toBe(1)
  // The Spanish title is a draft: its section is marked, in words.
  const marked = pane.locator('.preview-unpublished[data-unpublished="title"]')
  await expect(marked.locator('.preview-unpublished-label').textContent()).resolves.toContain('Aún no publicado')
  await expect(marked.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(spanishTitle)

  const frame = page.frames().find((candidate) => candidate.url().includes('/preview/dialogues/'))!
  await frame.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
  const summary = `Resumen ${dialogue.id}`
  await page.locator('#field-summary').fill(summary)
  await page.getByRole('button', { name: /Entwurf speichern|Save draft/ }).click()
  const markedSummary = pane.locator('.preview-unpublished[data-unpublished="summary"]')
  await markedSummary.getByText(summary).waitFor({ timeout: 30_000 })
  await expect(markedSummary.locator('.lead').textContent()).resolves.toBe(summary)
  await expect(frame.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true)

  // The preview page itself, as the pane shows it: no accessibility violations.
  const direct = await context.newPage()
  await direct.goto(`${base}/es/preview/dialogues/${dialogue.id}`)
  await expect(direct.locator('.preview-unpublished').count()).resolves.toBeGreaterThan(1)
  const { violations } = await new AxeBuilder({ page: direct }).withTags(wcag21aa).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // Published in Spanish: nothing is marked any more.
  const read = await fetch(`${base}/api/dialogues/${dialogue.id}?locale=es&draft=true&depth=0`, { headers })
  const { milestones } = (await read.json()) as { milestones: { id: string; year: number }[] }
  await patchDialogue(headers, dialogue.id, 'locale=es', {
    partnerCountry: { name: 'México' },
    milestones: milestones.map((row) => ({ ...row, label: 'Fundación' })),
    _status: 'published',
  })
  await direct.reload()
  await expect(direct.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(spanishTitle)
  await expect(direct.locator('.preview-unpublished').count()).resolves.toBe(0)
  await context.close()
})

it('a translator copies the German rich text into the Spanish rich-text field, and saving keeps it', async () => {
  const headers = await adminHeaders()
  const germanBody = `Deutscher Absatz ${randomBytes(3).toString('hex')}`
  const dialogue = await germanDialogue(headers, { body: paragraphsToRichText([germanBody]) })
  const context = await translatorContext()
  const page = await context.newPage()
  await page.goto(`${base}/admin/collections/dialogues/${dialogue.id}?locale=es`)
  await page.locator('#field-title').waitFor({ timeout: 90_000 })
  const beside = page.locator('.dd-german-source[data-path="body"]')
  await beside.waitFor({ timeout: 30_000 })
  await expect(beside.locator('[data-german-text]').textContent()).resolves.toBe(germanBody)
  const editor = page.locator('[data-field-path="body"] [contenteditable="true"]')
  await expect(editor.textContent()).resolves.not.toContain(germanBody)

  await beside.getByRole('button').click()
  // The editor mounts again with the copied value.
  await page.locator('[data-field-path="body"] [contenteditable="true"]').getByText(germanBody).waitFor({ timeout: 10_000 })
  await expect(editor.textContent()).resolves.toContain(germanBody)
  const { violations } = await new AxeBuilder({ page }).include('.dd-german-source').withTags(wcag21aa).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  await page.locator('#field-title').fill(`Diálogo ${dialogue.id}`)
  await page.getByRole('button', { name: /Guardar borrador|Entwurf speichern|Save draft/ }).click()
  let saved = ''
  for (const deadline = Date.now() + 15_000; !saved.includes(germanBody) && Date.now() < deadline; ) {
    await page.waitForTimeout(250)
    const read = await fetch(`${base}/api/dialogues/${dialogue.id}?locale=es&fallback-locale=none&draft=true&depth=0`, { headers })
    saved = JSON.stringify(((await read.json()) as { body?: unknown }).body ?? null)
  }
  expect(saved).toContain(germanBody)
  await context.close()
})

it('a translator sees the German search-engine title beside the Spanish one, marked when it changed since', async () => {
  const headers = await adminHeaders()
  const dialogue = await germanDialogue(headers, { meta: { title: 'Meta-Titel', description: 'Meta-Beschreibung' } })
  await patchDialogue(headers, dialogue.id, 'locale=es&draft=true', { title: `Diálogo ${dialogue.id}`, meta: { title: 'Meta título', description: 'Meta descripción' } })
  await patchDialogue(headers, dialogue.id, 'locale=de', { meta: { title: 'Neuer Meta-Titel', description: 'Meta-Beschreibung' }, _status: 'published' })
  const context = await translatorContext()
  const page = await context.newPage()
  await page.goto(`${base}/admin/collections/dialogues/${dialogue.id}?locale=es`)
  await page.locator('#field-title').waitFor({ timeout: 90_000 })
  const beside = page.locator('.dd-german-source[data-path="meta.title"]')
  // Payload renders a field only once it scrolls into view.
  await page.locator('#field-meta').scrollIntoViewIfNeeded()
  await beside.waitFor({ timeout: 30_000 })
  await expect(beside.locator('[data-german-text]').textContent()).resolves.toBe('Neuer Meta-Titel')
  await expect(beside.locator('[data-outdated] del').textContent()).resolves.toBe('Meta-Titel')
  await expect(page.locator('.dd-german-source[data-path="meta.description"] [data-outdated]').count()).resolves.toBe(0)
  const { violations } = await new AxeBuilder({ page }).include('.dd-german-source').withTags(wcag21aa).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  await context.close()
})
