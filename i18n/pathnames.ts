import type { Locale } from './locales'
import { routing, type AppPathname } from './routing'

type StaticPathname = Exclude<AppPathname, `${string}[${string}`>
type DynamicPathname = Exclude<AppPathname, StaticPathname>
export type LocalizedHref = StaticPathname | { pathname: DynamicPathname; params: Record<string, string> }

// The address of a page in a locale, from routing.pathnames: "/topics/[slug]" in German is
// /de/themen/<slug>. next-intl's createNavigation gives the same, but its module also imports
// its client Link, and Next ships every client component a page's modules import — to every
// reader page (tests/unit/pathnames.test.ts checks that both agree).
export function getPathname({ locale, href }: { locale: Locale; href: LocalizedHref }): string {
  const pathname = typeof href === 'string' ? href : href.pathname
  const params = typeof href === 'string' ? {} : href.params
  const entry: string | Record<Locale, string> = routing.pathnames[pathname]
  const template = typeof entry === 'string' ? entry : entry[locale]
  const path = template.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name]
    if (!value) throw new Error(`${pathname} needs the parameter ${name}`)
    return encodeURIComponent(value)
  })
  return `/${locale}${path === '/' ? '' : path}`
}
