import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { AppPathname } from '@/i18n/routing'
import { getPublishedLocales, getSlugs } from '@/lib/content/reader'
import type { SluggedCollection } from '@/lib/content/queries/slugs'
import { documentMeta, type DocumentMetaInput } from './documentMeta'
import type { LocalizedPaths } from './localizedUrls'
import { pathsFor } from './localizedUrls'
import { pageMetadata } from './pageMetadata'

type Shared = DocumentMetaInput & { locale: Locale; type?: 'website' | 'article' }

// One document's page: the editors' meta (or its title and summary), its addresses, the site name.
export function metadataOfDocument({
  locale,
  type,
  paths,
  published,
  siteName,
  ...meta
}: Shared & { paths: LocalizedPaths; published?: readonly Locale[]; siteName: string }): Metadata {
  return pageMetadata({ locale, ...documentMeta(meta), paths, published, siteName, type })
}

// What every document page's generateMetadata returns; the slugs come from the reader cache.
export async function documentPageMetadata({
  collection,
  id,
  pathname,
  param,
  ...rest
}: Shared & { collection: SluggedCollection; id: number; pathname: AppPathname; param?: string }): Promise<Metadata> {
  const layout = await getTranslations({ locale: rest.locale, namespace: 'Layout' })
  const [slugs, published] = await Promise.all([getSlugs(collection, id), getPublishedLocales(collection, id)])
  return metadataOfDocument({ ...rest, paths: pathsFor(pathname, slugs, param), published, siteName: layout('siteName') })
}
