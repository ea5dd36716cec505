import { notFound } from 'next/navigation'
import { isLocale } from './locales'
import type { Locale } from './locales'

// Route params with a checked locale. Paths with a dot (/favicon.ico) skip the proxy and
// arrive here as "locale"; the layout's check does not stop a page rendering alongside it.
export async function readerParams<T extends { locale: string }>(params: Promise<T>): Promise<T & { locale: Locale }> {
  const resolved = await params
  if (!isLocale(resolved.locale)) notFound()
  return resolved as T & { locale: Locale }
}
