import pg from 'pg'
import type { Browser } from 'playwright-core'
import { axeViolations, base, launchChromium } from './support/browser'

let browser: Browser
let sentId: number
let draftId: number
const paragraph = (text: string) =>
  JSON.stringify({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [
    { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
  ] } })

// A sent issue (German and Spanish) and a draft, written straight into the tables: sending is
// tested in the integration suite; this is what readers see of the result.
beforeAll(async () => {
  browser = await launchChromium()
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const insert = async (status: string) =>
    (await client.query<{ id: number }>(
      `insert into newsletter_issues (status, sent_at, updated_at, created_at) values ($1::enum_newsletter_issues_status, case when $2 then now() end, now(), now()) returning id`,
      [status, status === 'sent'],
    )).rows[0].id
  sentId = await insert('sent')
  draftId = await insert('draft')
  const text = `insert into newsletter_issues_locales (subject, preheader, body, _locale, _parent_id) values ($1, $2, $3::jsonb, $4, $5)`
  await client.query(text, ['Archivierte Ausgabe', 'Neues', paragraph('Hallo aus Berlin'), 'de', sentId])
  await client.query(text, ['Edición archivada', 'Novedades', paragraph('Hola desde Berlín'), 'es', sentId])
  await client.query(text, ['Geheimer Entwurf', null, paragraph('Noch nicht'), 'de', draftId])
  await client.end()
})
afterAll(() => browser?.close())

const archives = [
  { locale: 'de', path: '/de/newsletter/archiv', subject: 'Archivierte Ausgabe' },
  { locale: 'es', path: '/es/newsletter/archivo', subject: 'Edición archivada' },
  { locale: 'en', path: '/en/newsletter/archive', subject: 'Archivierte Ausgabe' },
]

describe('the newsletter archive', () => {
  test.each(archives)('$path lists sent issues only, opens each as a page, and passes axe', async ({ locale, path, subject }) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const response = await page.goto(`${base}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    await expect(page.getByRole('link', { name: subject }).count()).resolves.toBe(1)
    await expect(page.getByText('Geheimer Entwurf').count()).resolves.toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: subject }).click()
    await page.waitForURL(`${base}${path}/${sentId}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(subject)
    // English has no text of its own: German, marked as such.
    if (locale === 'en') expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('de')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('a draft has no archive page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    expect((await page.goto(`${base}/de/newsletter/archiv/${draftId}`))?.status()).toBe(404)
    await context.close()
  })
})
