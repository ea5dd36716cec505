import { createNavigation } from 'next-intl/navigation'
import { locales } from '@/i18n/locales'
import { getPathname, type LocalizedHref } from '@/i18n/pathnames'
import { routing, type AppPathname } from '@/i18n/routing'

const theirs = createNavigation(routing).getPathname

describe('addresses of reader pages', () => {
  const hrefs = (Object.keys(routing.pathnames) as AppPathname[]).map((pathname): LocalizedHref => {
    const names = [...pathname.matchAll(/\[(\w+)\]/g)].map((m) => m[1])
    return names.length ? ({ pathname, params: Object.fromEntries(names.map((n) => [n, 'ein-slug'])) } as LocalizedHref) : (pathname as LocalizedHref)
  })

  it.each(locales)('are the ones next-intl gives for every pathname in %s', (locale) => {
    for (const href of hrefs) expect(getPathname({ locale, href })).toBe(theirs({ locale, href: href as never }))
  })

  it('are localized, and refuse a missing parameter', () => {
    expect(getPathname({ locale: 'es', href: { pathname: '/topics/[slug]', params: { slug: 'datos' } } })).toBe('/es/temas/datos')
    expect(getPathname({ locale: 'de', href: '/' })).toBe('/de')
    expect(() => getPathname({ locale: 'de', href: { pathname: '/topics/[slug]', params: {} } })).toThrow(/slug/)
  })
})
