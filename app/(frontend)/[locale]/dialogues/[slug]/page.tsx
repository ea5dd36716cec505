import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { DialogueArticle } from '@/components/content/articles/DialogueArticle'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { getDialogue, getSlugs } from '@/lib/content/reader'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { documentPageMetadata } from '@/lib/seo/documentPageMetadata'
import { metadataDuringOutage } from '@/lib/outage/metadataDuringOutage'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export function generateStaticParams() {
  return []
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await readerParams(params)
  const found = await getDialogue(locale, slug)
  if (!found) return {}
  const { dialogue, untranslated } = found
  return documentPageMetadata({
    locale,
    collection: 'dialogues',
    id: dialogue.id,
    pathname: '/dialogues/[slug]',
    type: 'article',
    meta: dialogue.meta,
    title: dialogue.title,
    titlePath: 'title',
    description: dialogue.summary,
    descriptionPath: 'summary',
    untranslated,
      image: dialogue.heroImage,
  })
}

export default async function DialoguePage({ params }: Props) {
  const { locale, slug } = await readerParams(params)
  setRequestLocale(locale)
  const found = await getDialogue(locale, slug)
  if (!found) notFound()
  const paths = pathsFor('/dialogues/[slug]', await getSlugs('dialogues', found.dialogue.id))

  return (
    <PageShell locale={locale} paths={paths} crumbs={[{ label: found.dialogue.title, lang: fallbackLang(found.untranslated, 'title') }]}>
      <DialogueArticle locale={locale} slug={slug} found={found} />
    </PageShell>
  )
}

export const generateMetadata = metadataDuringOutage(pageMetadata)
