import { Agent, request as httpRequest } from 'node:http'
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { adminPolicy, apiPolicy, previewPolicy, readerPolicy, uploadedFilePolicy } from '@/lib/http/securityHeaders'
import { adminHeaders, seededDialogueId } from './support/adminApi'
import { base, launchChromium } from './support/browser'
import { openPreviewPane } from './support/livePreview'

// scripts/e2e.ts serves a production build: the production variant of every policy.
const production = true
const everywhere = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
}
const headersOf = (response: Response) => Object.fromEntries(Object.keys(everywhere).map((key) => [key, response.headers.get(key)]))
const cspOf = (response: Response) => response.headers.get('content-security-policy')

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

describe('every kind of response carries the security headers', () => {
  it('a reader page, served from the cache (HIT stays HIT)', async () => {
    await fetch(`${base}/de/dialoge/mexiko`)
    const response = await fetch(`${base}/de/dialoge/mexiko`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(headersOf(response)).toEqual(everywhere)
    expect(cspOf(response)).toBe(readerPolicy(production))
    expect(cspOf(response)).toContain("frame-ancestors 'none'")
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin')
  })

  it('a 404 page', async () => {
    const response = await fetch(`${base}/de/themen/gibt-es-nicht`)
    expect(response.status).toBe(404)
    expect(headersOf(response)).toEqual(everywhere)
    expect(cspOf(response)).toBe(readerPolicy(production))
  })

  it('a static chunk', async () => {
    // Reader pages load none of Next's scripts (lib/http/scriptFreePages.ts); their stylesheet is one.
    const html = await (await fetch(`${base}/de`)).text()
    const chunk = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)![1]
    const response = await fetch(base + chunk)
    expect(response.status).toBe(200)
    expect(headersOf(response)).toEqual(everywhere)
    expect(cspOf(response)).toBe(readerPolicy(production))
  })

  it("the admin's login page cannot be framed", async () => {
    for (const path of ['/admin', '/admin/login']) {
      const response = await fetch(base + path, { redirect: 'manual' })
      expect(headersOf(response)).toEqual(everywhere)
      expect(cspOf(response)).toBe(adminPolicy(production))
      expect(cspOf(response)).toContain("frame-ancestors 'none'")
    }
  })

  it('the preview route may be framed by the admin on this origin only', async () => {
    const response = await fetch(`${base}/de/preview/dialogues/1`)
    expect(headersOf(response)).toEqual(everywhere)
    expect(cspOf(response)).toBe(previewPolicy(production))
    expect(cspOf(response)).toContain("frame-ancestors 'self'")
  })

  it('API answers, found and not found', async () => {
    for (const [path, status] of [['/api/dialogues?limit=1&depth=0', 200], ['/api/gibt-es-nicht', 404]] as const) {
      const response = await fetch(base + path)
      expect([path, response.status]).toEqual([path, status])
      expect(headersOf(response)).toEqual(everywhere)
      expect(cspOf(response)).toBe(apiPolicy)
    }
  })

  it('an uploaded image: sandboxed, nosniff, shown inline', async () => {
    const picture = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#004b87' } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(picture)], { type: 'image/png' }), `headers-${Date.now()}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Blaue Fläche' }))
    const uploaded = await fetch(`${base}/api/media?locale=de`, { method: 'POST', headers: await adminHeaders(), body: form })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { url: string } }
    const response = await fetch(new URL(doc.url, base))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(headersOf(response)).toEqual(everywhere)
    expect(cspOf(response)).toBe(uploadedFilePolicy)
    expect(cspOf(response)).toContain('sandbox')
    expect(response.headers.get('content-disposition')).toBe('inline')
  })
})

describe('request bodies have a limit at the route', () => {
  it('a JSON body over the limit is answered 413, with Content-Length or chunked', async () => {
    const headers = { ...(await adminHeaders()), 'content-type': 'application/json', 'accept-language': 'en' }
    const body = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) })
    const declared = await fetch(`${base}/api/topics`, { method: 'POST', headers, body })
    expect(declared.status).toBe(413)
    expect(((await declared.json()) as { errors: { message: string }[] }).errors[0].message).toBe('The request is too large (at most 2 MB).')
    const bytes = new TextEncoder().encode(body)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 65536) controller.enqueue(bytes.subarray(at, at + 65536))
        controller.close()
      },
    })
    const chunked = await fetch(`${base}/api/topics`, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit)
    expect(chunked.status).toBe(413)
  })

  // The server reads and drops the rest of the body (lib/http/discardRest.ts). Before it did,
  // about one in five of these ended in EPIPE or ECONNRESET instead of the answer.
  it('a client that writes its whole body before it reads gets the 413, not a reset, and its connection serves the next request', async () => {
    const headers = { ...(await adminHeaders()), 'content-type': 'application/json', 'accept-language': 'en' }
    const body = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) })
    const agent = new Agent({ keepAlive: true, maxSockets: 4 })
    const post = () =>
      new Promise<{ outcome: string; reused: boolean }>((resolve) => {
        const outgoing = httpRequest(
          `${base}/api/topics`,
          { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
          (response) => {
            let text = ''
            response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
            response.on('end', () => resolve({ outcome: `${response.statusCode} ${text}`, reused: outgoing.reusedSocket }))
          },
        )
        outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ outcome: error.code ?? error.message, reused: outgoing.reusedSocket }))
        outgoing.end(body)
      })
    // Four connections, eight requests each, one after another on its connection.
    const lanes = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const lane: Awaited<ReturnType<typeof post>>[] = []
        for (let turn = 0; turn < 8; turn++) lane.push(await post())
        return lane
      }),
    )
    agent.destroy()
    const answers = lanes.flat()
    const expected = `413 ${JSON.stringify({ errors: [{ message: 'The request is too large (at most 2 MB).' }] })}`
    expect(answers.map((answer) => answer.outcome)).toEqual(answers.map(() => expected))
    expect(answers.filter((answer) => answer.reused).length).toBeGreaterThan(0)
  })
})

// Violations as Chromium reports them: the DOM event and the console line.
async function watchedPage(locale = 'de-DE'): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ locale })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  const violations: string[] = []
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    ),
  )
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  return { page, violations }
}

describe('Chromium reports no CSP violation', () => {
  it('on a reader page', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${base}/de/dialoge/mexiko`)
    await page.waitForLoadState('networkidle')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Deutsch-Mexikanischer Digitaldialog')
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('on the newsletter form, submitted with JavaScript; its honeypot stays hidden', async () => {
    const { page, violations } = await watchedPage()
    await page.goto(`${base}/de/newsletter`)
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))
    expect(await page.locator('#newsletter-website').evaluate((input) => input.getBoundingClientRect().right)).toBeLessThan(0)
    await page.getByLabel('E-Mail-Adresse').fill(`csp-${Date.now()}@example.org`)
    await page.getByRole('checkbox', { name: /Newsletter erhalten/ }).check()
    await page.getByRole('button', { name: 'Abonnieren' }).click()
    await page.getByRole('status').filter({ hasText: /Postfach/ }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('in the admin: login, a dialogue with its live preview, a save', async () => {
    const dialogue = await seededDialogueId(await adminHeaders())
    const { page, violations } = await watchedPage('en-GB')
    await page.goto(`${base}/admin/login`)
    await page.getByLabel(/email/i).fill(process.env.PAYLOAD_ADMIN_EMAIL!)
    await page.getByLabel(/password/i).fill(process.env.PAYLOAD_ADMIN_PASSWORD!)
    await page.getByRole('button', { name: /login/i }).click()
    await page.waitForURL(`${base}/admin`)

    await page.goto(`${base}/admin/collections/dialogues/${dialogue}`)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    const preview = await openPreviewPane(page)
    await preview.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 })

    await page.goto(`${base}/admin/collections/topics/create`)
    await page.locator('#field-title').fill(`CSP-Thema ${Date.now()}`)
    // Topics have drafts: their first save is a draft's.
    await page.getByRole('button', { name: /^save draft$/i }).click()
    await page.waitForURL(/\/admin\/collections\/topics\/\d+/)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    await page.context().close()
  })
})
