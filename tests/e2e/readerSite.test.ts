import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
import { base, launchChromium, wcag21aa } from './support/browser'
import type { Browser, Page } from 'playwright-core'

const artifacts = 'tests/e2e/artifacts'

const segments = {
  de: { dialogue: '/de/dialoge/mexiko', sessions: 'sitzungen', topics: 'themen', stakeholders: 'institutionen' },
  es: { dialogue: '/es/dialogos/mexico', sessions: 'sesiones', topics: 'temas', stakeholders: 'instituciones' },
  en: { dialogue: '/en/dialogues/mexico', sessions: 'sessions', topics: 'topics', stakeholders: 'stakeholders' },
} as const
type Locale = keyof typeof segments

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
  mkdirSync(artifacts, { recursive: true })
})
afterAll(() => browser?.close())

async function newPage(width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  return context.newPage()
}

const firstLink = (html: string, prefix: string) => html.match(new RegExp(`href="(${prefix}[^"#]+)"`))?.[1]

// Every page type of a locale, found the way a reader finds them: by following links.
async function pagesOf(locale: Locale): Promise<Record<string, string>> {
  const s = segments[locale]
  const dialogue = await (await fetch(base + s.dialogue)).text()
  const sessionsList = `${s.dialogue}/${s.sessions}`
  const sessions = await (await fetch(base + sessionsList)).text()
  return {
    home: `/${locale}`,
    dialogue: s.dialogue,
    sessions: sessionsList,
    session: firstLink(sessions, `/${locale}/${s.sessions}/`)!,
    topic: firstLink(dialogue, `/${locale}/${s.topics}/`)!,
    stakeholder: firstLink(dialogue, `/${locale}/${s.stakeholders}/`)!,
    legal: firstLink(dialogue.slice(dialogue.indexOf('<footer')), `/${locale}/`)!,
  }
}

describe.each(['de', 'es', 'en'] as const)('the reader site in %s', (locale) => {
  let pages: Record<string, string>
  beforeAll(async () => {
    pages = await pagesOf(locale)
  })

  it('serves every page type with 200, in its language, with no axe violations (WCAG 2.1 AA)', async () => {
    const page = await newPage()
    for (const [type, path] of Object.entries(pages)) {
      expect([type, path]).toEqual([type, expect.stringMatching(new RegExp(`^/${locale}`))])
      const response = await page.goto(base + path)
      expect([type, response?.status()]).toEqual([type, 200])
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
      expect([type, violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([type, []])
    }
    await page.context().close()
  })

  // An unknown slug, and an address below no route at all.
  it.each([`/${segments[locale].topics}/gibt-es-nicht`, '/a/b/c'])('answers …%s with a 404 page in the same language, rendered on the server, free of axe violations', async (address) => {
    const page = await newPage()
    const response = await page.goto(`${base}/${locale}${address}`)
    expect(response?.status()).toBe(404)
    // The page as it leaves the server, before any script: complete, and none of Next's runtime.
    const html = await response!.text()
    expect(html).toContain(`<html lang="${locale}"`)
    expect(html).toMatch(/<h1>[^<]+<\/h1>/)
    expect(html).not.toMatch(/<script[^>]+src="\/_next\//)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBeTruthy()
    const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
    await page.context().close()
  })
})

describe('the language switcher', () => {
  it('leads to the same dialogue in the other language, at its translated address', async () => {
    const page = await newPage()
    await page.goto(base + segments.es.dialogue)
    await page.getByRole('navigation', { name: 'Elegir idioma' }).getByRole('link', { name: 'English' }).click()
    await page.waitForURL(base + segments.en.dialogue)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('German-Mexican Digital Dialogue')
    await page.context().close()
  })

  it('works by keyboard alone: the skip link comes first and moves to the content', async () => {
    const page = await newPage()
    await page.goto(base + segments.de.dialogue)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Zum Inhalt springen')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')
    await page.context().close()
  })
})

describe('addresses', () => {
  const get = (path: string, language?: string) =>
    fetch(base + path, { redirect: 'manual', headers: language ? { 'accept-language': language } : {} })

  it('"/" leads to the reader\'s language by Accept-Language, German otherwise, and sets no cookie', async () => {
    for (const [language, locale] of [['es-MX,es;q=0.9', 'es'], ['en-GB,en;q=0.8', 'en'], ['fr-FR', 'de'], [undefined, 'de']] as const) {
      const response = await get('/', language)
      expect([language, response.status, new URL(response.headers.get('location')!, base).pathname]).toEqual([language, 307, `/${locale}`])
      expect(response.headers.get('set-cookie')).toBeNull()
    }
  })

  it('another locale\'s path, a folder name or a missing prefix lead to the localized address', async () => {
    for (const [path, target] of [
      ['/es/dialoge/mexico', '/es/dialogos/mexico'],
      ['/de/dialogues/mexiko', '/de/dialoge/mexiko'],
      ['/dialoge/mexiko', '/de/dialoge/mexiko'],
    ]) {
      const response = await get(path)
      expect([path, response.status, new URL(response.headers.get('location')!, base).pathname]).toEqual([path, 307, target])
    }
  })

  it('a page is served from the cache, shareable by a CDN: no cookie, s-maxage', async () => {
    await get(segments.es.dialogue, 'de')
    const response = await get(segments.es.dialogue, 'de')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
    // Payload's client hint is for its admin; on a reader page Chromium would load it twice.
    expect(response.headers.get('critical-ch')).toBeNull()
  })
})

describe('freshness', () => {
  it('an edit over REST shows on the dialogue page in all three locales within a second', async () => {
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: process.env.PAYLOAD_ADMIN_EMAIL, password: process.env.PAYLOAD_ADMIN_PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const found = (await (await fetch(`${base}/api/stakeholders?where[acronym][equals]=SE&depth=0`, { headers })).json()) as {
      docs: { id: number }[]
    }
    const dialoguePages = Object.values(segments).map((s) => s.dialogue)
    for (const path of dialoguePages) await fetch(base + path) // cached before the edit

    const acronym = `SE${Date.now() % 100000}`
    const started = performance.now()
    const saved = await fetch(`${base}/api/stakeholders/${found.docs[0].id}`, { method: 'PATCH', headers, body: JSON.stringify({ acronym }) })
    expect(saved.status).toBe(200)
    // Each locale's page is polled on its own, as three readers would.
    const visibleAfter: Record<string, number> = {}
    await Promise.all(
      dialoguePages.map(async (path) => {
        while (performance.now() - started < 10_000) {
          if ((await (await fetch(base + path)).text()).includes(`(${acronym})`)) {
            visibleAfter[path] = Math.round(performance.now() - started)
            return
          }
        }
      }),
    )
    console.log('edit → visible (ms, save included):', visibleAfter)
    expect(Object.keys(visibleAfter)).toHaveLength(3)
    // The target is 1 s; the bound is generous for a loaded 2-core CI machine.
    expect(Math.max(...Object.values(visibleAfter))).toBeLessThan(3000)
    await fetch(`${base}/api/stakeholders/${found.docs[0].id}`, { method: 'PATCH', headers, body: JSON.stringify({ acronym: 'SE' }) })
  })
})

describe('screenshots of the dialogue page', () => {
  it.each([375, 1280])('at %i px wide are saved as test artifacts', async (width) => {
    const page = await newPage(width)
    await page.goto(base + segments.de.dialogue)
    const path = `${artifacts}/dialogue-${width}.png`
    await page.screenshot({ path, fullPage: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await page.context().close()
  })
})
