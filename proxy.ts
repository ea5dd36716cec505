import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // The proxy only decides where an address without a locale goes: "/" by Accept-Language,
  // "/dialoge/x" to "/de/dialoge/x". Addresses with a locale prefix skip it (their localized
  // paths are next.config rewrites, i18n/localizedAddresses.ts), so cached pages are served
  // without running it. Payload owns /admin and /api; files with a dot are static assets.
  // The locales are spelled out because Next reads this matcher statically; a unit test
  // checks it against i18n/locales.ts.
  matcher: ['/((?!api(?:/|$)|admin(?:/|$)|_next|_vercel|(?:de|es|en)(?:/|$)|.*\\..*).*)'],
}
