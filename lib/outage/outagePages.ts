import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isLocale, defaultLocale, type Locale } from '@/i18n/locales'

// Written by `npm run build` (scripts/renderOutagePages.ts), read by the server when a page
// fails because the database is away (lib/outage/serverPatch.ts).
export const outagePagesDir = (root = process.cwd()) => path.join(root, '.next', 'outage')
export const outagePageFile = (locale: Locale, root?: string) => path.join(outagePagesDir(root), `${locale}.html`)

const read = new Map<Locale, string | null>()

// null where the build wrote none (`npm run dev`): Next's own answer stays.
export function outagePage(locale: Locale): string | null {
  if (!read.has(locale)) {
    try {
      read.set(locale, readFileSync(outagePageFile(locale), 'utf8'))
    } catch {
      read.set(locale, null)
    }
  }
  return read.get(locale)!
}

// The page's language is the address's first segment (/es/…); other addresses are German's.
export const localeOfPath = (pathname: string): Locale => {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}
