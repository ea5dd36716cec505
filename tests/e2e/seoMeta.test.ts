import type { Browser } from 'playwright-core'
import { adminHeaders, seededDialogueId, waitForHtml } from './support/adminApi'
import { base, launchChromium } from './support/browser'

// An editor's Spanish meta title and description (plugins/seo) as a browser sees them.
const meta = { title: 'Diálogo digital México–Alemania: cooperación', description: 'Cómo Alemania y México cooperan en política digital.' }

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
  const headers = { ...(await adminHeaders()), 'content-type': 'application/json' }
  const id = await seededDialogueId(headers)
  const saved = await fetch(`${base}/api/dialogues/${id}?locale=es`, { method: 'PATCH', headers, body: JSON.stringify({ meta }) })
  expect(saved.status).toBe(200)
  await waitForHtml('/es/dialogos/mexico', (html) => html.includes(meta.description))
})
afterAll(() => browser?.close())

async function head(path: string) {
  const page = await (await browser.newContext()).newPage()
  await page.goto(base + path)
  const content = (selector: string) => page.locator(selector).getAttribute('content')
  const found = {
    title: await page.title(),
    description: await content('meta[name="description"]'),
    ogTitle: await content('meta[property="og:title"]'),
    ogDescription: await content('meta[property="og:description"]'),
  }
  await page.context().close()
  return found
}

describe('meta title and description set by an editor', () => {
  it('title and describe the Spanish page, Open Graph included', async () => {
    const es = await head('/es/dialogos/mexico')
    expect(es.title.startsWith(`${meta.title} – `)).toBe(true)
    expect([es.description, es.ogTitle, es.ogDescription]).toEqual([meta.description, meta.title, meta.description])
  })

  it('leave the German and English pages with their own title and summary', async () => {
    for (const path of ['/de/dialoge/mexiko', '/en/dialogues/mexico']) {
      const other = await head(path)
      expect(other.title).not.toContain(meta.title)
      expect(other.description).toBeTruthy()
      expect(other.description).not.toBe(meta.description)
    }
  })
})
