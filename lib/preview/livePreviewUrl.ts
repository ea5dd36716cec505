import { defaultLocale, isLocale } from '../../i18n/locales'
import { isPreviewable, previewPath } from './previewableCollections'

interface Args {
  collectionConfig?: { slug: string }
  data: { id?: number | string }
  // Payload passes the admin's current locale as an object ({ code, label }).
  locale?: { code?: string } | string
}

// The admin's live-preview pane shows the reader page's preview route, same origin.
export function livePreviewUrl({ collectionConfig, data, locale }: Args): string {
  const code = typeof locale === 'string' ? locale : locale?.code
  const slug = collectionConfig?.slug ?? ''
  if (!isPreviewable(slug) || data.id == null) return `/${defaultLocale}`
  return previewPath(slug, isLocale(code) ? code : defaultLocale, data.id)
}
