import http from 'node:http'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { wrapServerRequests } from './wrapServerRequests'

// A reader's page needs no script to be read: its HTML is complete when it leaves the server,
// every link is a plain <a href> and the menu is a <details> disclosure. Next's App Router
// nevertheless sends its whole runtime (React, its router, the page's RSC payload as inline
// scripts): ~129 kB gzip of JavaScript that a reader's browser downloads, parses and runs to
// re-create a page it already shows — and Next has no switch to leave it out
// (vercel/next.js#5054, #45009). So those scripts are taken out of a reader's page as it is sent.
// What a page does need is a small script of its own, outside Next (public/scripts/), which
// this leaves alone: the sign-up form's in-place answer (components/newsletter/SignUpForm.tsx).
// Live preview (/<locale>/preview/…) keeps Next's runtime: it re-renders on every save.

// Next's own parts of the document: its chunk files (<script src="/_next/…">, <link
// rel="preload" as="script">) and the RSC payload (inline `self.__next_f.push(…)`). React's
// inline `$RC` scripts, which reveal a streamed Suspense boundary, stay: content depends on them.
const nextScript = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g
const nextPreload = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>/g
const flightScript = /<script>\(?self\.__next_f[\s\S]*?<\/script>/g

export function withoutNextRuntime(html: string): string {
  return html.replace(nextScript, '').replace(nextPreload, '').replace(flightScript, '')
}

// Which answers lose the runtime: a reader's page (what a browser asks for by address, not the
// API, the admin, Next's files, a client navigation's RSC request or live preview), and only
// when it is a page (200) or a 404. A failed render keeps Next's error handling.
const pathOf = (request: http.IncomingMessage) => (request.url ?? '/').split('?')[0]

export function isScriptFreePath(request: http.IncomingMessage): boolean {
  if (request.method !== 'GET') return false
  if (request.headers.rsc || request.headers['next-router-state-tree']) return false
  const pathname = pathOf(request)
  return !/^\/(api|admin|_next)(\/|$)/.test(pathname) && !/^\/[a-z]{2}\/preview(\/|$)/.test(pathname)
}

// For an unknown slug Next 16.4 sends an empty error shell (<html id="__next_error__">, no lang)
// and builds not-found.tsx in the browser from the RSC payload: 129 kB of script, and a blank
// page without it (vercel/next.js#95613); an address below no route gets Next's English default.
// So a reader's 404 gets the not-found page rendered on the server instead, as a page of its own
// (app/(frontend)/[locale]/not-found-document), asked for over the connection the reader came
// in on; should that fail, Next's answer goes out as it was.
const notFoundDocumentPath = 'not-found-document'
const internalHeader = 'x-digitaldialoge-not-found-document'

function fetchNotFoundDocument(request: http.IncomingMessage, locale: string, timeoutMs = 5_000): Promise<string | undefined> {
  const { localAddress, localPort } = request.socket
  return new Promise((resolve) => {
    const asked = http.get(
      { host: localAddress, port: localPort, path: `/${locale}/${notFoundDocumentPath}`, headers: { [internalHeader]: '1' }, timeout: timeoutMs },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => resolve(answer.statusCode === 200 ? Buffer.concat(chunks).toString('utf8') : undefined))
        answer.on('error', () => resolve(undefined))
      },
    )
    asked.on('timeout', () => asked.destroy())
    asked.on('error', () => resolve(undefined))
  })
}

// Installed once from instrumentation.ts in the server process, below Next.
export function installScriptFreePages(): void {
  wrapServerRequests('scriptFreePages', (request, response, next) => {
    if (isScriptFreePath(request)) {
      const internal = request.headers[internalHeader] !== undefined
      const [, first, second] = pathOf(request).split('/')
      const locale = isLocale(first) ? first : defaultLocale
      // Read by its own address, the not-found page is still a 404 (no soft 404 for crawlers).
      const isNotFoundDocument = second === notFoundDocumentPath
      dropNextRuntimeFrom(response, {
        notFoundDocument: internal ? undefined : () => fetchNotFoundDocument(request, locale),
        statusForPage: isNotFoundDocument && !internal ? 404 : undefined,
      })
    }
    return next()
  })
}

type Write = (this: http.ServerResponse, ...args: unknown[]) => unknown

// Next's server (its router server) compresses a response by reading res.write/res.end once,
// keeping them for the compressed bytes, then putting its own in their place. The page's HTML
// must be changed before it is compressed: so the first read gets the original (compressed
// bytes go out unchanged), and whatever is put in place later is reached through a function
// that collects the document, rewrites it and hands it on whole. A cached page arrives in one
// piece anyway; a page's first render is sent when it is complete, not streamed.
type Options = {
  // The document to send for a 404 in place of Next's; undefined keeps Next's.
  notFoundDocument?: () => Promise<string | undefined>
  // The status a page (200) goes out with.
  statusForPage?: number
}

export function dropNextRuntimeFrom(response: http.ServerResponse, options: Options = {}): void {
  const chunks: Buffer[] = []
  let mode: 'undecided' | 'collect' | 'replace' | 'pass' = 'undecided'
  const decide = () => {
    if (mode !== 'undecided') return
    const html = String(response.getHeader('content-type') ?? '').startsWith('text/html')
    if (html && response.statusCode === 200) {
      mode = 'collect'
      if (options.statusForPage) response.statusCode = options.statusForPage
    } else mode = html && response.statusCode === 404 && options.notFoundDocument ? 'replace' : 'pass'
  }
  const replaced: { write?: Write; end?: Write } = {}
  const proto = http.ServerResponse.prototype as unknown as { write: Write; end: Write }

  const write: Write = function (this: http.ServerResponse, chunk, encoding, callback) {
    decide()
    if (mode === 'pass') return replaced.write!.call(this, chunk, encoding, callback)
    if (chunk != null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    const done = [encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
    done?.()
    return true
  }
  const end: Write = function (this: http.ServerResponse, chunk, encoding, callback) {
    decide()
    if (mode === 'pass') return replaced.end!.call(this, chunk, encoding, callback)
    if (chunk != null && typeof chunk !== 'function') write.call(this, chunk, encoding)
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined
    const sent = Buffer.concat(chunks).toString('utf8')
    const send = (document: string) => {
      const html = Buffer.from(withoutNextRuntime(document))
      // Next states the length of a cached page; the page is shorter now (compression drops it).
      if (!this.headersSent) this.setHeader('Content-Length', String(html.byteLength))
      return replaced.end!.call(this, html, done)
    }
    if (mode !== 'replace') return send(sent)
    options.notFoundDocument!().then(
      (document) => (document === undefined ? replaced.end!.call(this, Buffer.from(sent), done) : send(document)),
      () => replaced.end!.call(this, Buffer.from(sent), done),
    )
    return this
  }
  const ours = { write, end }
  for (const name of ['write', 'end'] as const) {
    Object.defineProperty(response, name, {
      configurable: true,
      get: () => (replaced[name] ? ours[name] : proto[name]),
      set: (value: Write) => {
        replaced[name] = value
      },
    })
  }
}
