import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import type { SocialImage } from './documentMeta'
import { absoluteUrl } from './siteUrl'
import { defaultPath, onlyPublished, type LocalizedPaths } from './localizedUrls'

interface PageMetadataInput {
  locale: Locale
  title: string
  description?: string | null
  paths: LocalizedPaths
  // The locales the document is published in (hreflang only to those); every locale if unset.
  published?: readonly Locale[]
  siteName: string
  type?: 'website' | 'article'
  image?: SocialImage
}

const ogLocale: Record<Locale, string> = { de: 'de_DE', es: 'es_MX', en: 'en_GB' }

// Canonical, hreflang (with x-default → German) and Open Graph for one page.
export function pageMetadata({ locale, title, description, paths, published, siteName, type = 'website', image }: PageMetadataInput): Metadata {
  const own = paths[locale]
  const languages: Record<string, string> = {}
  const alternates = published ? onlyPublished(paths, published) : paths
  for (const [code, path] of Object.entries(alternates)) languages[code] = absoluteUrl(path)
  const fallback = defaultPath(alternates)
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
      alternateLocale: Object.keys(alternates)
        .filter((code) => code !== locale)
        .map((code) => ogLocale[code as Locale]),
      type,
      images: image ? [{ ...image, url: image.url.startsWith('/') ? absoluteUrl(image.url) : image.url }] : undefined,
    },
  }
}
