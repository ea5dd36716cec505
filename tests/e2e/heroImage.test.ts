import { mkdirSync } from 'node:fs'
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { adminHeaders, seededDialogueId, waitForHtml } from './support/adminApi'
import { axeViolations, base, launchChromium } from './support/browser'

// The seed has no photo, and none is invented: the test uploads a generated picture.
const alt = { de: 'Blauer Farbverlauf als Testbild', es: 'Degradado azul como imagen de prueba' }

let browser: Browser
let mediaId: number
beforeAll(async () => {
  browser = await launchChromium()
  const headers = await adminHeaders()
  const picture = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#004b87' } })
    .composite([{ input: Buffer.from('<svg width="2000" height="1000"><circle cx="1000" cy="500" r="400" fill="#f5c400"/></svg>') }])
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(picture)], { type: 'image/png' }), 'hero-e2e.png')
  form.append('_payload', JSON.stringify({ alt: alt.de }))
  const uploaded = await fetch(`${base}/api/media?locale=de`, { method: 'POST', headers, body: form })
  expect(uploaded.status).toBe(201)
  const { doc } = (await uploaded.json()) as { doc: { id: number } }
  mediaId = doc.id
  const json = { ...headers, 'content-type': 'application/json' }
  const translated = await fetch(`${base}/api/media/${doc.id}?locale=es`, { method: 'PATCH', headers: json, body: JSON.stringify({ alt: alt.es }) })
  expect(translated.status).toBe(200)
  const dialogueId = await seededDialogueId(headers)
  // Published outright: without `_status` the German locale would take the latest version's status,
  // a draft where another test left one, and readers would lose the page.
  const saved = await fetch(`${base}/api/dialogues/${dialogueId}?locale=de`, { method: 'PATCH', headers: json, body: JSON.stringify({ heroImage: doc.id, _status: 'published' }) })
  expect(saved.status).toBe(200)
  await waitForHtml('/es/dialogos/mexico', (html) => html.includes(alt.es))
})
afterAll(() => browser?.close())

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  await page.goto(base + path)
  return page
}

// Sum of the page's layout shifts so far (Chromium's Layout Instability API).
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 500)
      }),
  )

describe('the hero image on the dialogue page', () => {
  it.each([
    ['es', '/es/dialogos/mexico'],
    ['de', '/de/dialoge/mexiko'],
  ] as const)('in %s: has the alt text of the locale, WebP sizes to choose from, and loads', async (locale, path) => {
    const page = await open(path, 1280)
    const image = page.getByRole('img', { name: alt[locale] })
    await expect(image.count()).resolves.toBe(1)
    const srcset = (await image.getAttribute('srcset')) ?? ''
    expect(srcset).toMatch(/\.webp 400w, .+\.webp 900w, .+\.webp 1600w$/)
    expect(await image.getAttribute('sizes')).toBeTruthy()
    expect([await image.getAttribute('width'), await image.getAttribute('height')]).toEqual(['1600', '800'])
    await image.evaluate((img: HTMLImageElement) => img.decode())
    // At 1280 px the column is 1120 px wide: the 1600 px file, not the original PNG.
    expect(await image.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-1600x800\.webp$/)
    await expect(axeViolations(page)).resolves.toEqual([])
    await page.context().close()
  })

  it.each([375, 1280])('at %i px fits the column, keeps its aspect ratio and shifts nothing', async (width) => {
    const page = await open('/de/dialoge/mexiko', width)
    const image = page.getByRole('img', { name: alt.de })
    await image.evaluate((img: HTMLImageElement) => img.decode())
    const box = await image.boundingBox()
    expect(box!.width).toBeLessThanOrEqual(width)
    expect(box!.width / box!.height).toBeCloseTo(2, 1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await expect(layoutShift(page)).resolves.toBeLessThan(0.01)
    mkdirSync('tests/e2e/artifacts', { recursive: true })
    await page.screenshot({ path: `tests/e2e/artifacts/hero-${width}.png` })
    await page.context().close()
  })

  // Last: it changes the Spanish alt text the tests above look for.
  it('an edit of the Spanish alt text shows on the cached Spanish page within a second', async () => {
    const edited = 'Degradado azul con un círculo amarillo'
    const headers = { ...(await adminHeaders()), 'content-type': 'application/json' }
    const saved = await fetch(`${base}/api/media/${mediaId}?locale=es`, { method: 'PATCH', headers, body: JSON.stringify({ alt: edited }) })
    expect(saved.status).toBe(200)
    await waitForHtml('/es/dialogos/mexico', (html) => html.includes(edited), 1000)
    const page = await open('/es/dialogos/mexico', 1280)
    await expect(page.getByRole('img', { name: edited }).count()).resolves.toBe(1)
    await page.context().close()
    // The German page keeps its own text.
    expect(await (await fetch(`${base}/de/dialoge/mexiko`)).text()).toContain(alt.de)
  })
})
