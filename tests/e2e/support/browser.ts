import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type Page } from 'playwright-core'

// The production server scripts/e2e.ts started for this run.
export const base = process.env.E2E_BASE_URL ?? 'http://localhost:3000'

// Debian's Chromium; without the background-networking flags it keeps dialling Google here.
const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export const launchChromium = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags })

export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

// axe on the page as it is now: each violation with the elements it names.
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

// axe runs as a script, which a context without JavaScript forbids: check the same HTML in a
// second page that allows it.
export async function axeViolationsOfHtml(browser: Browser, html: string, url: string): Promise<string[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url)
  await page.setContent(html, { waitUntil: 'load' })
  const violations = await axeViolations(page)
  await context.close()
  return violations
}
