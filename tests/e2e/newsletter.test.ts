import { axeViolations, base, launchChromium } from './support/browser'
import type { Browser, Page } from 'playwright-core'

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

async function axeViolationsOfHtml(html: string, url: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url)
  await page.setContent(html, { waitUntil: 'load' })
  const violations = await axeViolations(page)
  await context.close()
  return violations
}

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
