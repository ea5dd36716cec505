import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './i18n/routing'
import { badInputAnswer } from './lib/http/badInputAnswer'
import { hasBrokenEscape } from './lib/http/percentEncoding'

export const config = {
  // The proxy only decides where an address without a locale goes: "/" by Accept-Language,
  // "/dialoge/x" to "/de/dialoge/x". Addresses with a locale prefix skip it (their localized
  // paths are next.config rewrites, i18n/localizedAddresses.ts), so cached pages are served
  // without running it. Payload owns /admin and /api; files with a dot are static assets.
  // The locales are spelled out because Next reads this matcher statically; a unit test
  // checks it against i18n/locales.ts.
  // The second pattern: any address with a percent sign, so a broken escape is answered 400
  // here before Next's router fails on it (lib/http/percentEncoding.ts). Readers' slugs are
  // ASCII, so cached pages still skip the proxy.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|_next|_vercel|(?:de|es|en)(?:/|$)|.*\\..*).*)', '/(.*%.*)'],
}

const localeRouting = createMiddleware(routing)
const needsLocaleRouting = new RegExp(`^${config.matcher[0]}$`)

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (hasBrokenEscape(pathname)) return badInputAnswer(request, { kind: 'escape' })
  return needsLocaleRouting.test(pathname) ? localeRouting(request) : NextResponse.next()
}
