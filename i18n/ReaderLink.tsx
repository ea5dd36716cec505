import { getLocale } from 'next-intl/server'
import type React from 'react'
import { isLocale, type Locale } from './locales'
import { getPathname, type LocalizedHref } from './pathnames'

interface Props extends Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  href: LocalizedHref
  // The page's locale unless given.
  locale?: Locale
}

// A plain <a> to a reader page at its address in the reader's language. next-intl's Link is a
// client component (with next/link's router and prefetching): reading needs no script, and a
// cached page loads as fast as a client-side transition would.
export async function Link({ href, locale, ...anchor }: Props) {
  const requested = locale ?? (await getLocale())
  return <a {...anchor} href={getPathname({ locale: isLocale(requested) ? requested : 'de', href })} />
}
