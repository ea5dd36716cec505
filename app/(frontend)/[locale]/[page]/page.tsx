import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { LegalPageArticle } from '@/components/content/articles/LegalPageArticle'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getPageBySlug, getSlugs } from '@/lib/content/reader'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { documentPageMetadata } from '@/lib/seo/documentPageMetadata'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'

// Legal and accessibility pages: /de/impressum, /es/aviso-legal, /en/imprint …
type Props = { params: Promise<{ locale: Locale; page: string }> }

export function generateStaticParams() {
  return []
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page: slug } = await readerParams(params)
  const found = await getPageBySlug(locale, slug)
  if (!found) return {}
  const { page, untranslated } = found
  return documentPageMetadata({
    locale,
    collection: 'pages',
    id: page.id,
    pathname: '/[page]',
    param: 'page',
    meta: page.meta,
    title: page.title,
    titlePath: 'title',
    description: page.summary,
    descriptionPath: 'summary',
    untranslated,
  })
}

export default async function LegalPage({ params }: Props) {
  const { locale, page: slug } = await readerParams(params)
  setRequestLocale(locale)
  const found = await getPageBySlug(locale, slug)
  if (!found) notFound()
  const { page, untranslated } = found
  const paths = pathsFor('/[page]', await getSlugs('pages', page.id), 'page')
  return (
    <PageShell locale={locale} paths={paths} crumbs={[{ label: page.title, lang: fallbackLang(untranslated, 'title') }]}>
      <LegalPageArticle locale={locale} found={found} />
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
