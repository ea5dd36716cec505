// The security headers of every response, built in one place: next.config.ts serves them and
// tests/e2e/securityHeaders.test.ts compares what the server sends with what this module says.
// Why each directive is what it is: README, "Security headers".
import { locales } from '../../i18n/locales'

export interface HeaderRule {
  source: string
  headers: { key: string; value: string }[]
}

type Directives = Record<string, string[]>

const serialize = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')

// Reader pages are prerendered and served from Next's cache, so a per-request nonce is out
// (it makes every page dynamic). The App Router streams each page's data as inline
// `self.__next_f.push(…)` scripts whose text is the page's content, so no hash list fixed in a
// header can name them. What stays: scripts from this origin and inline ones, never eval, never
// inline event handlers (`onerror=` — the usual injected payload), nothing from elsewhere.
const pageDirectives = (production: boolean): Directives => ({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
  'script-src-attr': ["'none'"],
  // Next's development overlay injects <style> elements; production pages have none.
  'style-src': ["'self'", ...(production ? [] : ["'unsafe-inline'"])],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  ...(production ? { 'upgrade-insecure-requests': [] } : {}),
})

export const readerPolicy = (production: boolean) => serialize(pageDirectives(production))

// The admin's live-preview pane frames the reader's preview route, on this origin only.
export const previewPolicy = (production: boolean) =>
  serialize({ ...pageDirectives(production), 'frame-ancestors': ["'self'"] })

// Payload's admin sets style attributes everywhere (React inline styles, its drag-and-drop
// and popups), shows upload previews from blob: and data: URLs, and frames the preview route.
export const adminPolicy = (production: boolean) =>
  serialize({
    ...pageDirectives(production),
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'frame-src': ["'self'"],
  })

// JSON answers load nothing; should one ever be opened as a page, it can do nothing.
export const apiPolicy = serialize({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], sandbox: [] })

// An uploaded file opened on its own is a document from our origin: no script, no plugin, no
// form, its own opaque origin (sandbox), whatever bytes it holds.
export const uploadedFilePolicy = apiPolicy

const everywhere = (production: boolean) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  // Browsers ignore HSTS over plain HTTP; sent only by production builds so that a developer's
  // localhost is never pinned to HTTPS.
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

const csp = (value: string) => [{ key: 'Content-Security-Policy', value }]

// What an API answer carries once Next has applied the rules below (the general rule, then the
// API's policy): for an answer given below Next (newsletter/endpoints/signUpBelowNext.ts).
export const apiAnswerHeaders = (production: boolean) => [...everywhere(production), ...csp(apiPolicy)]

// Next applies every matching rule in order; for a header set twice the later rule wins, so the
// general rule comes first and the narrower ones override its Content-Security-Policy.
export function securityHeaderRules(production: boolean): HeaderRule[] {
  return [
    { source: '/:path*', headers: [...everywhere(production), ...csp(readerPolicy(production))] },
    { source: `/:locale(${locales.join('|')})/preview/:path*`, headers: csp(previewPolicy(production)) },
    { source: '/admin', headers: csp(adminPolicy(production)) },
    { source: '/admin/:path*', headers: csp(adminPolicy(production)) },
    { source: '/api/:path*', headers: csp(apiPolicy) },
    // Public images are also shown by mail clients and other sites; their CSP sandboxes them.
    {
      source: '/api/:collection/file/:path*',
      headers: [...csp(uploadedFilePolicy), { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' }],
    },
  ]
}

// What an uploaded file is served with besides the rules above (collections/Media.ts): a PDF
// opened in the browser runs in its viewer on our origin, so it is downloaded instead; images
// are shown inline.
export function uploadedFileHeaders(headers: Headers): Headers {
  const type = headers.get('content-type') ?? ''
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', uploadedFilePolicy)
  headers.set('Content-Disposition', type.startsWith('image/') ? 'inline' : 'attachment')
  return headers
}
