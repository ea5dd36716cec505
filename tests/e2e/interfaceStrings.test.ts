import { base, launchChromium } from './support/browser'
import type { Browser } from 'playwright-core'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

const admin = { email: process.env.PAYLOAD_ADMIN_EMAIL!, password: process.env.PAYLOAD_ADMIN_PASSWORD! }

async function login(email: string, password: string) {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
}

async function spanishTranslator() {
  const email = `e2e-translator-${Date.now()}@example.org`
  const password = `pw-${Date.now()}-translator`
  const created = await fetch(`${base}/api/users`, {
    method: 'POST',
    headers: await login(admin.email, admin.password),
    body: JSON.stringify({ email, password, role: 'translator', locales: ['es'] }),
  })
  expect(created.status).toBe(201)
  return login(email, password)
}

const homeIntroId = async (headers: Record<string, string>) => {
  const found = await fetch(`${base}/api/interface-strings?where[key][equals]=Home.intro&depth=0&locale=es`, { headers })
  return ((await found.json()) as { docs: { id: number; value: string }[] }).docs[0]
}

describe('interface strings edited in the admin', () => {
  it('a translator’s saved string shows on the Spanish pages within seconds, and only there', async () => {
    const headers = await spanishTranslator()
    const intro = await homeIntroId(headers)
    for (const path of ['/es', '/de', '/en']) expect((await fetch(base + path)).status).toBe(200) // cached before the edit

    const revised = `Diálogos digitales bilaterales, revisado ${Date.now()}.`
    const started = performance.now()
    const saved = await fetch(`${base}/api/interface-strings/${intro.id}?locale=es`, { method: 'PATCH', headers, body: JSON.stringify({ value: revised }) })
    expect(saved.status).toBe(200)
    let visibleAfter = -1
    while (performance.now() - started < 10_000) {
      if ((await (await fetch(`${base}/es`)).text()).includes(revised)) {
        visibleAfter = Math.round(performance.now() - started)
        break
      }
    }
    console.log('interface string saved → visible on /es (ms, save included):', visibleAfter)
    expect(visibleAfter).toBeGreaterThan(0)
    expect(visibleAfter).toBeLessThan(3000)

    const page = await browser.newPage()
    await page.goto(`${base}/es`)
    await expect(page.locator('p.lead').textContent()).resolves.toBe(revised)
    await page.goto(`${base}/de`)
    await expect(page.locator('p.lead').textContent()).resolves.not.toBe(revised)
    await page.close()

    const broken = await fetch(`${base}/api/interface-strings/${intro.id}?locale=es`, {
      method: 'PATCH',
      headers: { ...headers, 'accept-language': 'es' },
      body: JSON.stringify({ value: 'Diálogos {digitales' }),
    })
    expect(broken.status).toBe(400)
    expect(await broken.text()).toContain('El texto no es un mensaje ICU válido')
    expect((await (await fetch(`${base}/es`)).text())).toContain(revised)

    await fetch(`${base}/api/interface-strings/${intro.id}?locale=es`, { method: 'PATCH', headers, body: JSON.stringify({ value: intro.value }) })
  })

  it('the admin dashboard shows the translation status panel in the browser’s language', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', admin.email)
    await page.fill('input[name="password"]', admin.password)
    await page.click('button[type="submit"]')
    const panel = page.locator('section[aria-labelledby="translation-status"]')
    await panel.waitFor({ timeout: 30_000 })
    await expect(panel.locator('h2').textContent()).resolves.toBe('Stand der Übersetzungen')
    await expect(panel.locator('tbody tr').count()).resolves.toBe(3)
    await expect(panel.locator('tbody tr[data-locale="es"] th').textContent()).resolves.toBe('Español')
    await context.close()
  })
})

describe('a translator in the admin', () => {
  it('sees why a broken string is refused, next to the field, and the page keeps its text', async () => {
    const email = `e2e-ui-translator-${Date.now()}@example.org`
    const password = `pw-${Date.now()}-ui`
    const adminHeaders = await login(admin.email, admin.password)
    await fetch(`${base}/api/users`, { method: 'POST', headers: adminHeaders, body: JSON.stringify({ email, password, role: 'translator', locales: ['es'] }) })
    const intro = await homeIntroId(adminHeaders)

    const context = await browser.newContext({ locale: 'es-ES' })
    const page = await context.newPage()
    await page.goto(`${base}/admin/login`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', password)
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin$/)
    await page.goto(`${base}/admin/collections/interface-strings/${intro.id}?locale=es`)
    const field = page.locator('textarea[name="value"]')
    await field.waitFor()
    await field.fill('Diálogos {digitales')
    await page.click('#action-save')
    await expect(page.getByText('El texto no es un mensaje ICU válido', { exact: false }).first().waitFor({ timeout: 30_000 })).resolves.toBeUndefined()
    await context.close()
    expect(await (await fetch(`${base}/es`)).text()).toContain(intro.value)
  })
})
