import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { axeViolations, base, launchChromium } from './support/browser'
import { locales, readerPageTypes, segments, type ReaderLocale } from './support/pageTypes'

// The reader's way around (header, menu, breadcrumbs), what every page carries, and the layout
// at every width. Screenshots of every page type land in this folder (git-ignored).
const screenshots = resolve('tests/e2e/artifacts/screenshots')

let browser: Browser
const pages = {} as Record<ReaderLocale, Record<string, string>>
beforeAll(async () => {
  browser = await launchChromium()
  mkdirSync(screenshots, { recursive: true })
  for (const locale of locales) pages[locale] = await readerPageTypes(base, locale)
})
afterAll(() => browser?.close())

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  const page = await context.newPage()
  await page.goto(base + path)
  return page
}

// A page type, once it shows: the 404 page is built in the browser from Next's payload (Next 16
// sends an empty shell for an unknown slug of a route rendered on demand, vercel/next.js#95613),
// so its content comes after the load. Every page type has an h1.
async function visit(page: Page, path: string) {
  const response = await page.goto(base + path)
  await page.locator('h1').first().waitFor()
  return response
}

const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() }))

describe('the main menu at 375 px', () => {
  it.each([true, false])('opens and is followed by keyboard alone (JavaScript %s)', async (javaScriptEnabled) => {
    const page = await open(segments.de.dialogue, { viewport: { width: 375, height: 800 }, javaScriptEnabled })
    const menu = page.getByRole('navigation', { name: 'Hauptnavigation' })
    const topics = menu.getByRole('link', { name: 'Themen' })
    await expect(topics.isVisible()).resolves.toBe(false)
    for (let i = 0; i < 10 && (await focused(page)).tag !== 'SUMMARY'; i++) await page.keyboard.press('Tab')
    await expect(focused(page)).resolves.toEqual({ tag: 'SUMMARY', text: 'Menü' })
    await page.keyboard.press('Enter')
    await expect(topics.isVisible()).resolves.toBe(true)
    // The first entry follows the toggle in tab order; Tab on to "Themen" and follow it.
    const labels = await menu.getByRole('link').allTextContents()
    for (let i = 0; i <= labels.indexOf('Themen'); i++) await page.keyboard.press('Tab')
    await expect(focused(page)).resolves.toEqual({ tag: 'A', text: 'Themen' })
    await page.keyboard.press('Enter')
    await page.waitForURL(`${base}/de/themen`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Themen')
    await page.context().close()
  })

  it('is open without a toggle on a wide screen, with the current page marked', async () => {
    const page = await open('/de/themen')
    const menu = page.getByRole('navigation', { name: 'Hauptnavigation' })
    await expect(menu.getByRole('link', { name: 'Themen' }).isVisible()).resolves.toBe(true)
    await expect(menu.locator('summary').isVisible()).resolves.toBe(false)
    await expect(menu.getByRole('link', { name: 'Themen' }).getAttribute('aria-current')).resolves.toBe('page')
    await expect(menu.getByRole('link', { name: 'Institutionen' }).getAttribute('aria-current')).resolves.toBeNull()
    await page.context().close()
  })
})

describe('the header', () => {
  it.each(locales)('names the site and the ministry, with its logo, in %s', async (locale) => {
    const page = await open(`/${locale}`)
    const header = page.locator('header.site-header')
    const logo = header.getByRole('img')
    await expect(logo.getAttribute('alt')).resolves.toMatch(/\S/)
    await expect(logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true)
    await expect(header.locator('.site-ministry').textContent()).resolves.toMatch(/minist/i)
    const entries = await page.getByRole('navigation', { name: /Hauptnavigation|Navegación principal|Main navigation/ }).getByRole('link').count()
    expect(entries).toBeGreaterThanOrEqual(5)
    await page.context().close()
  })
})

describe('breadcrumbs', () => {
  it('lead from a session up to its sessions, its dialogue and home, and say so to search engines', async () => {
    const page = await open(pages.de.session)
    const trail = page.getByRole('navigation', { name: 'Sie sind hier' })
    await expect(trail.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Startseite',
      'Deutsch-Mexikanischer Digitaldialog',
      'Sitzungen',
      await page.getByRole('heading', { level: 1 }).textContent(),
    ])
    const jsonLd = JSON.parse((await trail.locator('script[type="application/ld+json"]').textContent())!)
    expect(jsonLd['@type']).toBe('BreadcrumbList')
    expect(jsonLd.itemListElement.map((item: { position: number }) => item.position)).toEqual([1, 2, 3, 4])
    expect(jsonLd.itemListElement.at(-1).item).toBe(base + pages.de.session)

    await trail.getByRole('link', { name: 'Sitzungen' }).click()
    await page.waitForURL(base + pages.de.sessions)
    await page.getByRole('navigation', { name: 'Sie sind hier' }).getByRole('link', { name: 'Deutsch-Mexikanischer Digitaldialog' }).click()
    await page.waitForURL(base + segments.de.dialogue)
    await page.getByRole('navigation', { name: 'Sie sind hier' }).getByRole('link', { name: 'Startseite' }).click()
    await page.waitForURL(`${base}/de`)
    await expect(page.getByRole('navigation', { name: 'Sie sind hier' }).count()).resolves.toBe(0)
    await page.context().close()
  })

  it.each(locales)('are on every page below home in %s', async (locale) => {
    const page = await open(`/${locale}`)
    for (const [type, path] of Object.entries(pages[locale]).filter(([type]) => type !== 'home')) {
      await visit(page, path)
      const crumbs = page.locator('nav.breadcrumbs li')
      expect([type, await crumbs.count()]).toEqual([type, expect.any(Number)])
      expect([type, (await crumbs.count()) >= 2]).toEqual([type, true])
      await expect(page.locator('nav.breadcrumbs [aria-current="page"]').count()).resolves.toBe(1)
    }
    await page.context().close()
  })
})

describe('the sessions of a dialogue', () => {
  it('lists upcoming sessions first, then past ones under their year, newest year first', async () => {
    const page = await open(pages.de.sessions)
    const headings = await page.locator('main').getByRole('heading').evaluateAll((nodes) => nodes.map((n) => `${n.tagName}:${n.textContent}`))
    const upcoming = headings.indexOf('H2:Bevorstehend')
    const past = headings.indexOf('H2:Vergangen')
    expect(upcoming).toBeGreaterThan(-1)
    expect(past).toBeGreaterThan(upcoming)
    const years = headings.slice(past + 1).filter((h) => /^H3:\d{4}$/.test(h)).map((h) => Number(h.slice(3)))
    expect(years.length).toBeGreaterThan(0)
    expect([...years].sort((a, b) => b - a)).toEqual(years)
    await page.context().close()
  })
})

describe('every page type in every locale', () => {
  it.each(locales)('%s: a skip-link target, a meta description, headings without gaps, a favicon and touch icon, axe 0 in light and dark', async (locale) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(`/${locale}`, { colorScheme })
      for (const [type, path] of Object.entries(pages[locale])) {
        const response = await visit(page, path)
        expect([type, response?.status()]).toEqual([type, type === 'not found' ? 404 : 200])
        const target = (await page.locator('.skip-link').getAttribute('href'))!.slice(1)
        await expect(page.locator(`[id="${target}"]`).count()).resolves.toBe(1)
        const description = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content ?? '')
        expect([type, description]).toEqual([type, expect.stringMatching(/\S{3}/)])
        await expect(page.locator('link[rel="apple-touch-icon"]').count()).resolves.toBe(1)
        // Reading needs no script: Next's runtime is left out (lib/http/scriptFreePages.ts) —
        // except on the 404 page, which Next builds in the browser.
        const scripts = await page.locator('script[src]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('src')))
        const foreign = scripts.filter((src) => src !== '/scripts/newsletter-sign-up.js')
        expect([type, type === 'not found' || foreign.length === 0]).toEqual([type, true])
        const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((nodes) => nodes.map((n) => Number(n.tagName[1])))
        expect([type, levels[0]]).toEqual([type, 1])
        const gaps = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1)
        expect([type, gaps]).toEqual([type, []])
        expect([type, colorScheme, await axeViolations(page)]).toEqual([type, colorScheme, []])
      }
      await page.context().close()
    }
  })

  it('/favicon.ico and the touch icon are served', async () => {
    const icon = await fetch(`${base}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)
    const page = await open('/de')
    const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
    const answer = await fetch(new URL(touch!, base))
    expect([answer.status, answer.headers.get('content-type')]).toEqual([200, 'image/png'])
    await page.context().close()
  })
})

describe('layout', () => {
  it('has no horizontal scrolling from 320 to 1920 px on any page type', async () => {
    const page = await open('/de')
    for (const width of [320, 375, 768, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 })
      for (const [type, path] of Object.entries(pages.de)) {
        await visit(page, path)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect([width, type, overflow]).toEqual([width, type, expect.any(Number)])
        expect([width, type, overflow <= 0]).toEqual([width, type, true])
      }
    }
    await page.context().close()
  })

  it.each([375, 1280])('the consent box shares a line with its label, and no empty bar shows above the e-mail field (%i px)', async (width) => {
    const page = await open(segments.de.dialogue, { viewport: { width, height: 900 } })
    const box = (await page.locator('#newsletter-consent').boundingBox())!
    const label = (await page.locator('label[for="newsletter-consent"]').boundingBox())!
    // Side by side: the label starts right of the box, and the box sits within the label's first line.
    expect(label.x).toBeGreaterThan(box.x + box.width - 1)
    expect(box.y).toBeLessThan(label.y + 24)
    expect(box.y + box.height).toBeGreaterThan(label.y)
    await expect(page.locator('.newsletter-notice').isVisible()).resolves.toBe(false)
    await page.context().close()
  })

  it.each([375, 1280])('screenshots of every page type at %i px are saved', async (width) => {
    const page = await open('/de', { viewport: { width, height: 900 } })
    for (const [type, path] of Object.entries(pages.de)) {
      await visit(page, path)
      await page.screenshot({ path: `${screenshots}/${type.replace(/\s+/g, '-')}-${width}.png`, fullPage: true })
    }
    await page.goto(base + segments.de.dialogue)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: `${screenshots}/dialogue-dark-${width}.png`, fullPage: true })
    console.log(`screenshots: ${screenshots}`)
    await page.context().close()
  })
})
