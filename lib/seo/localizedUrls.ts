import { getPathname, type LocalizedHref } from '@/i18n/navigation'
import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { AppPathname } from '@/i18n/routing'
import type { SlugsByLocale } from '@/lib/content/queries/slugs'

export type { LocalizedHref }

// The address of one page in every locale that has it, e.g. the dialogue's
// /de/dialoge/mexiko, /es/dialogos/mexico, /en/dialogues/mexico.
export type LocalizedPaths = Partial<Record<Locale, string>>

export function pathsFor(pathname: AppPathname, slugs?: SlugsByLocale, param = 'slug'): LocalizedPaths {
  const paths: LocalizedPaths = {}
  for (const locale of locales) {
    if (!pathname.includes('[')) {
      paths[locale] = getPathname({ locale, href: pathname as '/' })
      continue
    }
    const slug = slugs?.[locale]
    if (!slug) continue
    paths[locale] = getPathname({ locale, href: { pathname, params: { [param]: slug } } as LocalizedHref })
  }
  return paths
}

export const defaultPath = (paths: LocalizedPaths): string | undefined => paths[defaultLocale] ?? Object.values(paths)[0]

// A locale a document is not published in has no page of its own (it shows the German text):
// no hreflang and no sitemap entry point there.
export function onlyPublished<T extends Partial<Record<Locale, unknown>>>(byLocale: T, published: readonly Locale[]): T {
  return Object.fromEntries(Object.entries(byLocale).filter(([locale]) => published.includes(locale as Locale))) as T
}
