import http from 'node:http'
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
// when it is a page (200). A failed render keeps Next's error handling, and the 404 page keeps
// the runtime too: for an unknown slug Next 16.4 sends an empty error shell
// (<html id="__next_error__">) and builds not-found.tsx in the browser from the RSC payload.
export function isScriptFreePath(request: http.IncomingMessage): boolean {
  if (request.method !== 'GET') return false
  if (request.headers.rsc || request.headers['next-router-state-tree']) return false
  const pathname = (request.url ?? '/').split('?')[0]
  return !/^\/(api|admin|_next)(\/|$)/.test(pathname) && !/^\/[a-z]{2}\/preview(\/|$)/.test(pathname)
}

// Installed once from instrumentation.ts in the server process, below Next.
export function installScriptFreePages(): void {
  wrapServerRequests('scriptFreePages', (request, response, next) => {
    if (isScriptFreePath(request)) dropNextRuntimeFrom(response)
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
export function dropNextRuntimeFrom(response: http.ServerResponse): void {
  const chunks: Buffer[] = []
  let mode: 'undecided' | 'collect' | 'pass' = 'undecided'
  const decide = () => {
    if (mode !== 'undecided') return
    const type = String(response.getHeader('content-type') ?? '')
    mode = type.startsWith('text/html') && response.statusCode === 200 ? 'collect' : 'pass'
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
    const html = Buffer.from(withoutNextRuntime(Buffer.concat(chunks).toString('utf8')))
    // Next states the length of a cached page; the page is shorter now (compression drops it).
    if (!this.headersSent) this.setHeader('Content-Length', String(html.byteLength))
    return replaced.end!.call(this, html, done)
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
