import type { MetadataRoute } from 'next'
import { listSitemap } from '@/lib/content/reader'
import type { SluggedCollection } from '@/lib/content/queries/slugs'
import type { AppPathname } from '@/i18n/routing'
import { onlyPublished, pathsFor, type LocalizedPaths } from '@/lib/seo/localizedUrls'
import { absoluteUrl } from '@/lib/seo/siteUrl'

// Rendered per request from the tagged data cache: the build never touches the database,
// and a published or renamed document appears here as soon as its hook has run.
export const dynamic = 'force-dynamic'

const routeOf: Partial<Record<SluggedCollection, { pathname: AppPathname; param?: string }>> = {
  dialogues: { pathname: '/dialogues/[slug]' },
  sessions: { pathname: '/sessions/[slug]' },
  topics: { pathname: '/topics/[slug]' },
  stakeholders: { pathname: '/stakeholders/[slug]' },
  pages: { pathname: '/[page]', param: 'page' },
}

// One entry per page and locale, each listing all its translations (hreflang in the sitemap).
function entries(paths: LocalizedPaths, lastModified?: string): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(Object.entries(paths).map(([locale, path]) => [locale, absoluteUrl(path)]))
  return Object.values(paths).map((path) => ({ url: absoluteUrl(path), lastModified, alternates: { languages } }))
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await listSitemap()
  return [
    ...(['/', '/topics', '/stakeholders', '/newsletter'] as const).flatMap((pathname) => entries(pathsFor(pathname))),
    ...documents.flatMap((doc) => {
      const route = routeOf[doc.collection]
      if (!route) return []
      const slugs = onlyPublished(doc.slugs, doc.published)
      const list = doc.collection === 'dialogues' ? entries(pathsFor('/dialogues/[slug]/sessions', slugs)) : []
      return [...entries(pathsFor(route.pathname, slugs, route.param), doc.updatedAt), ...list]
    }),
  ]
}
