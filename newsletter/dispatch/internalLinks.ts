import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { Locale } from '../../i18n/locales'
import { routing } from '../../i18n/routing'

const routeOf = {
  sessions: '/sessions/[slug]',
  topics: '/topics/[slug]',
  dialogues: '/dialogues/[slug]',
} as const

// The reader address of a document an issue links to, in the mail's language (the localized
// pathnames of i18n/routing.ts). A link whose document is gone or has no slug points at the
// language's home page rather than nowhere.
export function internalHref(siteUrl: string, locale: Locale, link: SerializedLinkNode['fields']['doc']): string {
  const origin = siteUrl.replace(/\/$/, '')
  const collection = link?.relationTo as keyof typeof routeOf | undefined
  const slug = link && typeof link.value === 'object' ? (link.value as { slug?: unknown }).slug : undefined
  if (!collection || !(collection in routeOf) || typeof slug !== 'string') return `${origin}/${locale}`
  const template = routing.pathnames[routeOf[collection]]
  const path = (typeof template === 'string' ? template : template[locale]).replace('[slug]', encodeURIComponent(slug))
  return `${origin}/${locale}${path}`
}
