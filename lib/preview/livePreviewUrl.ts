import { defaultLocale, isLocale } from '../../i18n/locales'
import { isPreviewable, previewPath } from './previewableCollections'

interface Args {
  collectionConfig?: { slug: string }
  data: { id?: number | string }
  // Payload passes the admin's current locale as an object ({ code, label }).
  locale?: { code?: string } | string
  req?: { payload?: { config?: { serverURL?: string } } }
}

// The admin's live-preview pane shows the reader page's preview route, same origin. The address
// is absolute (the site's, SITE_URL): the admin posts "saved" to the pane with it as the target
// origin, and a relative path is no origin — the message was never sent, the pane never refreshed.
export function livePreviewUrl({ collectionConfig, data, locale, req }: Args): string {
  const code = typeof locale === 'string' ? locale : locale?.code
  const slug = collectionConfig?.slug ?? ''
  const origin = req?.payload?.config?.serverURL?.replace(/\/$/, '') ?? ''
  if (!isPreviewable(slug) || data.id == null) return `${origin}/${defaultLocale}`
  return `${origin}${previewPath(slug, isLocale(code) ? code : defaultLocale, data.id)}`
}
