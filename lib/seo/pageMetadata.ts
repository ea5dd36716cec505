import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import type { SocialImage } from './documentMeta'
import { absoluteUrl } from './siteUrl'
import { defaultPath, type LocalizedPaths } from './localizedUrls'

interface PageMetadataInput {
  locale: Locale
  title: string
  description?: string | null
  paths: LocalizedPaths
  siteName: string
  type?: 'website' | 'article'
  image?: SocialImage
}

const ogLocale: Record<Locale, string> = { de: 'de_DE', es: 'es_MX', en: 'en_GB' }

// Canonical, hreflang (with x-default → German) and Open Graph for one page.
export function pageMetadata({ locale, title, description, paths, siteName, type = 'website', image }: PageMetadataInput): Metadata {
  const own = paths[locale]
  const languages: Record<string, string> = {}
  for (const [code, path] of Object.entries(paths)) languages[code] = absoluteUrl(path)
  const fallback = defaultPath(paths)
  if (fallback) languages['x-default'] = absoluteUrl(fallback)
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: own ? absoluteUrl(own) : undefined, languages },
    openGraph: {
      title,
      description: description ?? undefined,
      url: own ? absoluteUrl(own) : undefined,
      siteName,
      locale: ogLocale[locale],
      alternateLocale: Object.keys(paths)
        .filter((code) => code !== locale)
        .map((code) => ogLocale[code as Locale]),
      type,
      images: image ? [{ ...image, url: image.url.startsWith('/') ? absoluteUrl(image.url) : image.url }] : undefined,
    },
  }
}
