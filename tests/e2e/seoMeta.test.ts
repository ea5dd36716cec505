import type { Browser } from 'playwright-core'
import { adminHeaders, waitForHtml } from './support/adminApi'
import { base, launchChromium } from './support/browser'

// An editor's Spanish meta title and description (plugins/seo) as a browser sees them, on a
// topic page (the hero test edits the dialogue at the same time).
const meta = { title: 'Tema del diálogo digital: cooperación', description: 'Cómo Alemania y México trabajan juntos en este tema.' }
const paths: Record<'de' | 'es' | 'en', string> = { de: '', es: '', en: '' }

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
  const headers = { ...(await adminHeaders()), 'content-type': 'application/json' }
  const dialogue = await (await fetch(`${base}/es/dialogos/mexico`)).text()
  const esSlug = dialogue.match(/href="\/es\/temas\/([^"#]+)"/)![1]
  const found = await fetch(`${base}/api/topics?where[slug][equals]=${esSlug}&locale=es&depth=0`, { headers })
  const topic = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  const slugIn = async (locale: string) =>
    ((await (await fetch(`${base}/api/topics/${topic.id}?locale=${locale}&depth=0`, { headers })).json()) as { slug: string }).slug
  Object.assign(paths, { es: `/es/temas/${esSlug}`, de: `/de/themen/${await slugIn('de')}`, en: `/en/topics/${await slugIn('en')}` })
  const saved = await fetch(`${base}/api/topics/${topic.id}?locale=es`, { method: 'PATCH', headers, body: JSON.stringify({ meta }) })
  expect(saved.status).toBe(200)
  await waitForHtml(paths.es, (html) => html.includes(meta.description))
})
afterAll(() => browser?.close())

async function head(path: string) {
  const page = await (await browser.newContext()).newPage()
  const response = await page.goto(base + path)
  expect([path, response?.status()]).toEqual([path, 200])
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
    const es = await head(paths.es)
    expect(es.title.startsWith(`${meta.title} – `)).toBe(true)
    expect([es.description, es.ogTitle, es.ogDescription]).toEqual([meta.description, meta.title, meta.description])
  })

  it('leave the German and English pages with their own title and description', async () => {
    for (const path of [paths.de, paths.en]) {
      const other = await head(path)
      expect(other.title).not.toContain(meta.title)
      expect(other.description).toBeTruthy()
      expect(other.description).not.toBe(meta.description)
    }
  })
})
