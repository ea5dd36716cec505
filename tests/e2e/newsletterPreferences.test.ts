import { readFile } from 'node:fs/promises'
import type { Browser, Download, Locator, Page } from 'playwright-core'
import { preferencesUrl } from '@/newsletter/mailLinks'
import { axeViolationsOfHtml, base, launchChromium } from './support/browser'
import { sql } from './support/database'
import { linkIn, mailsTo } from './support/mails'

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

// A reader who signed up over HTTP and confirmed with the token of the mail the worker sent.
async function confirmedReader(locale: string) {
  const email = `prefs-${unique()}@example.org`
  const signUp = await fetch(`${base}/api/newsletter/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, consent: true, locale }),
  })
  expect(signUp.status).toBe(200)
  const [mail] = await mailsTo(email)
  const token = new URL(linkIn(mail?.text ?? '', '/newsletter/confirm')).searchParams.get('token') ?? ''
  const [{ id }] = await sql<{ id: number }>('SELECT id FROM subscribers WHERE email = $1', [email])
  const confirm = await fetch(`${base}/api/newsletter/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, locale }).toString(),
    redirect: 'manual',
  })
  expect(confirm.status).toBe(303)
  return { email, id }
}

const stateOf = async (id: number) =>
  (
    await sql<{ status: string; locale: string; updated_at: Date; interests: string }>(
      `SELECT s.status, s.locale, s.updated_at,
              (SELECT count(*) FROM subscribers_rels r WHERE r.parent_id = s.id AND r.path = 'interests') AS interests
         FROM subscribers s WHERE s.id = $1`,
      [id],
    )
  )[0]

const axeOfHtml = (html: string, url: string) => axeViolationsOfHtml(browser, html, url)

// A click that React swallowed while it replaced the element is clicked again, as a person
// would; a link that never downloads still fails after the third try.
async function downloadFrom(page: Page, link: Locator): Promise<Download> {
  for (let attempt = 1; ; attempt++) {
    const download = page.waitForEvent('download', { timeout: 10_000 })
    download.catch(() => undefined) // awaited below; a failed click must not leave it unhandled
    await link.click()
    try {
      return await download
    } catch (error) {
      if (attempt === 3) throw error
    }
  }
}

describe('the preference page from the link in a mail, without JavaScript', () => {
  it('shows the settings at its localized address, changes nothing when opened, saves language and interests, unsubscribes', async () => {
    const { id } = await confirmedReader('de')
    const link = preferencesUrl(base, 'de', process.env.PAYLOAD_SECRET ?? '', id)
    expect(new URL(link).pathname).toBe('/de/newsletter/einstellungen')
    const before = await stateOf(id)

    const context = await browser.newContext({ javaScriptEnabled: false })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    const opened = await page.goto(link)
    expect(opened?.status()).toBe(200)
    await page.getByRole('heading', { level: 1, name: 'Newsletter-Einstellungen' }).waitFor()
    await page.reload()
    const unchanged = await stateOf(id)
    expect(unchanged.updated_at.getTime()).toBe(before.updated_at.getTime())
    await expect(page.getByRole('radio', { name: 'Deutsch' }).isChecked()).resolves.toBe(true)
    expect(await axeOfHtml(await page.content(), page.url())).toEqual([])

    await page.getByRole('radio', { name: 'English' }).check()
    const interests = page.getByRole('checkbox')
    expect(await interests.count()).toBeGreaterThan(0)
    await interests.first().check()
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click()
    await page.getByText('Your preferences have been saved.').waitFor()
    expect(new URL(page.url()).pathname).toBe('/en/newsletter/preferences')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    const saved = await stateOf(id)
    expect(saved).toMatchObject({ status: 'confirmed', locale: 'en', interests: '1' })
    expect(await axeOfHtml(await page.content(), page.url())).toEqual([])

    await page.getByRole('button', { name: 'Unsubscribe' }).click()
    await page.getByRole('heading', { level: 1, name: 'You are unsubscribed' }).waitFor()
    expect((await stateOf(id)).status).toBe('unsubscribed')
    await page.goto(link)
    await page.getByRole('heading', { level: 1, name: 'Kein Abonnement' }).waitFor()
    await context.close()
  })

  it('a guessed token opens no settings', async () => {
    const { id } = await confirmedReader('es')
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${base}/es/newsletter/preferencias?id=${id}&token=${'A'.repeat(43)}`)
    await page.getByRole('heading', { level: 1, name: 'El enlace no funciona' }).waitFor()
    await expect(page.getByRole('radio').count()).resolves.toBe(0)
    await context.close()
  })
})

describe('an admin on a subscriber’s view', () => {
  it('exports everything held as JSON, erases the person, and downloads the confirmed subscribers as CSV', async () => {
    const reader = await confirmedReader('es')
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-US' })
    context.setDefaultTimeout(30_000)
    const login = await context.request.post(`${base}/api/users/login`, {
      data: { email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD },
    })
    expect(login.status()).toBe(200)
    const page = await context.newPage()

    await page.goto(`${base}/admin/collections/subscribers`)
    // The list view puts its query in the address once it has hydrated and run. Before that a
    // click can land on server HTML that React then replaces, and no download starts; waiting
    // for the network to go quiet was not enough on a busy machine (hydration is CPU, not network).
    await page.waitForURL(/\/admin\/collections\/subscribers\?.*limit=/)
    const csv = await downloadFrom(page, page.locator('a[href$="/subscribers/confirmed-csv"]'))
    const table = await readFile((await csv.path())!, 'utf8')
    expect(table.split('\n')[0]).toBe('email,language,subscribedAt,consentGivenAt,consentConfirmedAt,privacyNoticeVersion')
    expect(table).toContain(`${reader.email},es,`)

    await page.goto(`${base}/admin/collections/subscribers/${reader.id}`)
    const rights = page.locator('.subscriber-data-rights')
    await rights.waitFor()
    const download = await downloadFrom(page, rights.getByRole('link'))
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(data.subscriber).toMatchObject({ email: reader.email, status: 'confirmed', locale: 'es' })
    expect(data.consentRecords).toHaveLength(1)
    expect(data.consentRecords[0].confirmedAt).toBeTruthy()

    page.once('dialog', (dialog) => dialog.accept())
    await rights.getByRole('button').click()
    await page.waitForURL(/\/admin\/collections\/subscribers\/?(\?.*)?$/)
    expect(await sql('SELECT id FROM subscribers WHERE id = $1', [reader.id])).toHaveLength(0)
    const records = await sql<{ subscriber_id: number | null; erased_at: Date | null }>(
      `SELECT subscriber_id, erased_at FROM consent_records WHERE erased_at IS NOT NULL AND given_at > now() - interval '10 minutes'`,
      [],
    )
    expect(records.length).toBeGreaterThan(0)
    await context.close()
  })
})
