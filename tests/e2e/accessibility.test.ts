import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import type { Browser, Page } from 'playwright-core'
import { tinyWebm, sampleVtt } from '../support/videoFiles'
import { adminHeaders, waitForHtml } from './support/adminApi'
import { axeViolations, base, launchChromium } from './support/browser'

// The BITV 2.0 pages (statement, Leichte Sprache, DGS) and the barrier feedback form, against the
// production build with the seed: axe in every locale, the form sent with JavaScript off and
// found in the admin and in the mail sink, and a DGS film shown with its caption track.
const feedbackTo = process.env.ACCESSIBILITY_FEEDBACK_TO ?? 'e2e-barrieren@example.org'
let browser: Browser

// The harness's mail worker (scripts/e2e.ts) sends the feedback mail to this address.
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const pages = {
  de: ['/de/barrierefreiheit', '/de/leichte-sprache', '/de/gebaerdensprache', '/de/barriere-melden', '/de/barriere-melden/danke'],
  es: ['/es/accesibilidad', '/es/lectura-facil', '/es/lengua-de-signos', '/es/notificar-barrera', '/es/notificar-barrera/gracias'],
  en: ['/en/accessibility', '/en/easy-language', '/en/sign-language', '/en/report-a-barrier', '/en/report-a-barrier/thanks'],
}

async function open(path: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled })
  context.setDefaultTimeout(20_000)
  const page = await context.newPage()
  const response = await page.goto(base + path)
  return { context, page, status: response?.status() }
}

// axe runs as a script: a page without JavaScript is checked as the same HTML in a second page.
async function axeOf(page: Page) {
  const { context, page: copy } = await open(new URL(page.url()).pathname)
  await copy.setContent(await page.content(), { waitUntil: 'load' })
  const violations = await axeViolations(copy)
  await context.close()
  return violations
}

describe.each(Object.entries(pages))('BITV pages in %s', (_locale, paths) => {
  it.each(paths)('%s answers 200 and axe finds nothing', async (path) => {
    const { context, page, status } = await open(path)
    expect(status).toBe(200)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

it('the statement shows its required parts and links the form and the Schlichtungsstelle', async () => {
  const { context, page } = await open('/en/accessibility')
  const headings = await page.locator('main h2').allTextContents()
  expect(headings).toEqual(['Compliance status', 'Non-accessible content', 'Preparation of this statement', 'Reporting barriers: feedback and contact', 'Conciliation procedure'])
  await expect(page.getByText('partially compliant').first().isVisible()).resolves.toBe(true)
  await expect(page.getByRole('link', { name: 'To the form “Report a barrier”' }).getAttribute('href')).resolves.toBe('/en/report-a-barrier')
  await expect(page.getByRole('link', { name: /conciliation body/ }).getAttribute('href')).resolves.toBe('https://www.schlichtungsstelle-bgg.de/')
  await expect(page.getByText(/PLACEHOLDER/).count()).resolves.toBeGreaterThan(0)
  await context.close()
})

it('the Leichte Sprache page holds the four explanations of BITV § 4', async () => {
  const { context, page } = await open('/de/leichte-sprache')
  expect(await page.locator('main h2').allTextContents()).toEqual(['Informationen zum Inhalt', 'Hinweise zur Navigation', 'Die Erklärung zur Barrierefreiheit', 'Weitere Informationen'])
  await context.close()
})

async function mailWith(tag: string, timeoutMs = 30_000) {
  const dir = process.env.E2E_MAIL_DIR!
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    for (const file of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile())) {
      const mail = await simpleParser(readFileSync(join(dir, file.name)))
      if (mail.text?.includes(tag)) return mail
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no mail with ${tag} in ${dir}`)
}

describe('the feedback form without JavaScript', () => {
  it('answers a bad entry with the field named, in Spanish', async () => {
    const { context, page } = await open('/es/notificar-barrera', false)
    await page.getByLabel('¿Qué no funcionó?').fill('corto')
    await page.getByRole('button', { name: 'Enviar comentario' }).click()
    await page.waitForURL(/\/es\/notificar-barrera\?errors=message/)
    const field = page.getByLabel('¿Qué no funcionó?')
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(page.getByText('Describa la barrera con un mínimo de 10').isVisible()).resolves.toBe(true)
    expect(await axeOf(page)).toEqual([])
    await context.close()
  })

  it('sends a report that lands in the admin and in the mailbox', async () => {
    const tag = `Kontrast-${Date.now().toString(36)}`
    const { context, page } = await open('/de/barriere-melden', false)
    await page.getByLabel('Was hat nicht funktioniert?').fill(`Der Text in der Fußzeile ist zu blass (${tag}).`)
    await page.getByLabel('Auf welcher Seite? (freiwillig)').fill('/de/barrierefreiheit')
    await page.getByLabel('Ihre E-Mail-Adresse für eine Antwort (freiwillig)').fill('leserin@example.org')
    await page.getByRole('button', { name: 'Rückmeldung senden' }).click()
    await page.waitForURL(/\/de\/barriere-melden\/danke$/)
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Rückmeldung erhalten/)
    await context.close()

    const admin = await browser.newContext()
    const login = await admin.request.post(`${base}/api/users/login`, { data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD } })
    expect(login.status()).toBe(200)
    const list = await admin.newPage()
    await list.goto(`${base}/admin/collections/accessibility-feedback`)
    await list.getByText(tag).first().waitFor({ timeout: 60_000 })
    await admin.close()

    const mail = await mailWith(tag)
    expect((Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((to) => to?.value.map((entry) => entry.address))).toContain(feedbackTo)
    expect(mail.subject).toMatch(/^Rückmeldung zur Barrierefreiheit Nr\. \d+$/)
    expect(mail.text).toContain('leserin@example.org')
    expect(mail.text).toContain('/de/barrierefreiheit')
  })
})

it('a DGS film is shown with the browser’s player and its caption track, and offered for download with size and length', async () => {
  const headers = await adminHeaders()
  const uploadFile = async (data: Buffer, name: string, type: string, fields: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify(fields))
    const answer = await fetch(`${base}/api/media?locale=de`, { method: 'POST', headers, body: form })
    expect(answer.status).toBe(201)
    return ((await answer.json()) as { doc: { id: number; url: string; filesize: number } }).doc
  }
  const track = await uploadFile(sampleVtt('Willkommen bei den Digitaldialogen.'), 'willkommen.vtt', 'text/vtt', { alt: 'Untertitel: Willkommen' })
  const film = await uploadFile(tinyWebm(125), 'willkommen.webm', 'video/webm', { alt: 'Willkommen in Gebärdensprache', captions: track.id, captionsLanguage: 'de' })
  const found = await fetch(`${base}/api/pages?where[key][equals]=sign-language&depth=0&locale=de`, { headers })
  const [dgs] = ((await found.json()) as { docs: { id: number }[] }).docs
  const patched = await fetch(`${base}/api/pages/${dgs.id}?locale=de`, {
    method: 'PATCH',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ explanations: { content: { video: film.id } } }),
  })
  expect(patched.status).toBe(200)
  await waitForHtml('/de/gebaerdensprache', (html) => html.includes('<video'), 20_000)

  const { context, page } = await open('/de/gebaerdensprache')
  const video = page.locator('video[controls]')
  await expect(video.count()).resolves.toBe(1)
  const trackElement = video.locator('track[kind="captions"]')
  await expect(trackElement.getAttribute('srclang')).resolves.toBe('de')
  const trackUrl = await trackElement.getAttribute('src')
  const served = await fetch(new URL(trackUrl!, base))
  expect(served.headers.get('content-type')).toMatch(/^text\/vtt/)
  const download = page.getByRole('link', { name: /Video herunterladen/ })
  await expect(download.textContent()).resolves.toBe(`Video herunterladen (WebM, ${new Intl.NumberFormat('de', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(film.filesize / 1_000_000)}, 2:05 min)`)
  await expect(download.getAttribute('download')).resolves.toBeTruthy()
  expect(await axeViolations(page)).toEqual([])
  await context.close()
})
