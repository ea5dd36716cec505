import { createHmac } from 'node:crypto'
import { axeViolations, axeViolationsOfHtml as axeViolationsOfPageHtml, base, launchChromium } from './support/browser'
import { sql } from './support/database'
import { linkIn, mailsTo } from './support/mails'
import type { Browser, Page } from 'playwright-core'

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

const axeViolationsOfHtml = (html: string, url: string) => axeViolationsOfPageHtml(browser, html, url)

async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`keyboard never reached ${selector}`)
}

describe('newsletter sign-up without JavaScript', () => {
  it('shows errors tied to their fields, passes axe in that state, then accepts a valid sign-up', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    await page.goto(`${base}/de/newsletter`)
    await page.getByRole('button', { name: 'Abonnieren' }).click()
    await page.waitForLoadState('domcontentloaded')

    const email = page.getByLabel('E-Mail-Adresse')
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true')
    const describedBy = (await email.getAttribute('aria-describedby')) ?? ''
    const descriptions = await Promise.all(describedBy.split(' ').map((id) => page.locator(`#${id}`).textContent()))
    expect(descriptions.join(' ')).toMatch(/gültige E-Mail-Adresse/)
    // axe runs as a script, which this context forbids: check the same HTML in a second page.
    expect(await axeViolationsOfHtml(await page.content(), page.url())).toEqual([])

    await page.getByLabel('E-Mail-Adresse').fill(`ohne-js-${unique()}@example.org`)
    await page.getByRole('checkbox', { name: /Newsletter erhalten/ }).check()
    await page.getByRole('button', { name: 'Abonnieren' }).click()
    await page.getByText('Bitte prüfen Sie Ihr Postfach').first().waitFor()
    await expect(page.getByLabel('E-Mail-Adresse').count()).resolves.toBe(0)
    await context.close()
  })
})

describe('newsletter sign-up with JavaScript, keyboard only', () => {
  it('moves focus to the first error, then answers in place without a reload', async () => {
    const context = await browser.newContext()
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    await page.goto(`${base}/es/newsletter`)
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))

    await tabTo(page, 'button[type=submit]')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'email')
    expect(await axeViolations(page)).toEqual([])

    await page.keyboard.type(`con-js-${unique()}@example.org`)
    await tabTo(page, 'input[name=consent]')
    await page.keyboard.press('Space')
    await tabTo(page, 'button[type=submit]')
    await page.keyboard.press('Enter')
    const answer = page.getByRole('status').filter({ hasText: 'Revise su bandeja de entrada' })
    await answer.waitFor({ timeout: 15_000 })
    await expect(answer.textContent()).resolves.toMatch(/enlace de confirmación/)
    await page.waitForFunction(() => document.activeElement?.closest('[role=status]') !== null)
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
    await context.close()
  })
})

// The server's database and secret (scripts/e2e.ts hands both to the tests): the tests read
// the subscriber's state; the links come from the mails the worker sent (E2E_MAIL_DIR).
const secret = () => process.env.PAYLOAD_SECRET ?? ''
const statusOf = async (email: string) => (await sql<{ status: string }>('SELECT status FROM subscribers WHERE email = $1', [email]))[0]?.status

async function signUpOverHttp(email: string, locale: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/newsletter/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, consent: true, locale }),
  })
}

describe('newsletter links in mails, without JavaScript', () => {
  it('open pages whose button confirms and unsubscribes; opening them changes nothing', async () => {
    const email = `links-${unique()}@example.org`
    expect((await signUpOverHttp(email, 'es')).status).toBe(200)
    const [mail] = await mailsTo(email)
    expect(mail.subject).toBe('Confirme su suscripción al boletín')
    const [{ id }] = await sql<{ id: number }>('SELECT id FROM subscribers WHERE email = $1', [email])

    const context = await browser.newContext({ javaScriptEnabled: false })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    await page.goto(linkIn(mail.text ?? '', '/newsletter/confirm'))
    await page.getByRole('heading', { level: 1, name: 'Confirmar la suscripción' }).waitFor()
    expect(await statusOf(email)).toBe('pending')
    await page.reload()
    expect(await statusOf(email)).toBe('pending')
    expect(await axeViolationsOfHtml(await page.content(), page.url())).toEqual([])
    await page.getByRole('button', { name: 'Confirmar la suscripción' }).click()
    await page.getByRole('heading', { level: 1, name: 'Suscripción confirmada' }).waitFor()
    expect(await statusOf(email)).toBe('confirmed')

    const unsubscribeToken = createHmac('sha256', secret()).update(`newsletter-unsubscribe:${id}`).digest('base64url')
    const unsubscribeLink = linkIn(mail.text ?? '', '/newsletter/unsubscribe')
    expect(unsubscribeLink).toBe(`${base}/es/newsletter/unsubscribe?id=${id}&token=${unsubscribeToken}`)
    await page.goto(unsubscribeLink)
    await page.getByRole('heading', { level: 1, name: 'Darse de baja del boletín' }).waitFor()
    expect(await statusOf(email)).toBe('confirmed')
    await page.getByRole('button', { name: 'Darse de baja' }).click()
    await page.getByRole('heading', { level: 1, name: 'Baja realizada' }).waitFor()
    expect(await statusOf(email)).toBe('unsubscribed')
    await context.close()
  })
})

describe('the confirmation mail', () => {
  it('arrives once, in the reader’s language, and its HTML passes axe', async () => {
    const email = `mail-${unique()}@example.org`
    expect((await signUpOverHttp(email, 'de')).status).toBe(200)
    const mails = await mailsTo(email)
    expect(mails).toHaveLength(1)
    const html = String(mails[0].html)
    expect(html).toMatch(/<html[^>]* lang="de"/)
    expect(await axeViolationsOfHtml(html, `${base}/de`)).toEqual([])
    expect(await mailsTo(email, 2, 2000)).toHaveLength(1)
  })
})

describe('newsletter abuse against the production server', () => {
  // With TRUSTED_PROXY_HOPS unset the client is the TCP peer (lib/http/recordSocketAddress.ts).
  it('a forged X-Forwarded-For is not taken as the client address', async () => {
    const email = `forged-${unique()}@example.org`
    expect((await signUpOverHttp(email, 'de', { 'x-forwarded-for': '6.6.6.6' })).status).toBe(200)
    const [record] = await sql<{ ip_hash: string }>(
      'SELECT c.ip_hash FROM consent_records c JOIN subscribers s ON s.id = c.subscriber_id WHERE s.email = $1',
      [email],
    )
    const hashOf = (ip: string) => createHmac('sha256', `consent-ip:${secret()}`).update(ip).digest('hex')
    expect(record.ip_hash).toBe(hashOf('127.0.0.1'))
    expect(record.ip_hash).not.toBe(hashOf('6.6.6.6'))
  })

  it('a rate-limited reader without JavaScript lands on the form, told so in German, with Retry-After', async () => {
    const name = `limit-${unique()}`
    for (let i = 0; i < 5; i++) expect((await signUpOverHttp(`${name}+${i}@example.org`, 'de')).status).toBe(200)
    const context = await browser.newContext({ javaScriptEnabled: false })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    await page.goto(`${base}/de/newsletter`)
    await page.getByLabel('E-Mail-Adresse').fill(`${name}+again@example.org`)
    await page.getByRole('checkbox', { name: /Newsletter erhalten/ }).check()
    const posted = page.waitForResponse((response) => response.url().endsWith('/api/newsletter/sign-up'))
    await page.getByRole('button', { name: 'Abonnieren' }).click()
    const answer = await posted
    expect(answer.status()).toBe(303)
    expect(answer.headers()['retry-after']).toMatch(/^[1-9]\d*$/)
    await page.getByText('Zu viele Versuche.').first().waitFor()
    expect(page.url()).toBe(`${base}/de/newsletter?notice=rateLimited`)
    expect(await axeViolationsOfHtml(await page.content(), page.url())).toEqual([])
    await context.close()
  })
})
