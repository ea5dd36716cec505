import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { DialogueArticle } from '@/components/content/articles/DialogueArticle'
import { LegalPageArticle } from '@/components/content/articles/LegalPageArticle'
import { SessionArticle } from '@/components/content/articles/SessionArticle'
import { StakeholderArticle } from '@/components/content/articles/StakeholderArticle'
import { TopicArticle } from '@/components/content/articles/TopicArticle'
import { PageShell } from '@/components/PageShell'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { unpublishedMark } from '@/components/preview/unpublishedMark'
import { readerParams } from '@/i18n/readerParams'
import { getPreviewPage } from '@/lib/preview/getPreviewPage'
import { isPreviewable, previewPath } from '@/lib/preview/previewableCollections'

type Props = { params: Promise<{ locale: string; collection: string; id: string }> }

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false } }

// What an editor sees in the admin's preview: the latest draft, rendered by the reader page's
// own components, with what readers of this locale do not see yet marked.
export default async function PreviewPage({ params }: Props) {
  const { locale, collection, id } = await readerParams(params)
  if (!isPreviewable(collection) || !/^\d+$/.test(id)) notFound()
  const preview = await getPreviewPage(collection, Number(id), locale)
  if (!preview) notFound()
  const t = await getTranslations({ locale, namespace: 'Preview' })
  const paths = { de: previewPath(collection, 'de', id), es: previewPath(collection, 'es', id), en: previewPath(collection, 'en', id) }
  const mark = unpublishedMark(preview.unpublished, t('unpublishedSection'))

  return (
    <PageShell locale={locale} paths={paths}>
      <RefreshOnSave />
      {/* The status in this locale: each locale is published on its own. */}
      <p className="preview-banner" role="note">
        {preview.status === 'published' ? t('published') : t('draft')} {preview.publishedInLocale ? null : t('localeUnpublished')}
      </p>
      {preview.collection === 'dialogues' ? <DialogueArticle locale={locale} slug={preview.slug} found={preview.found} mark={mark} /> : null}
      {preview.collection === 'sessions' ? <SessionArticle locale={locale} found={preview.found} mark={mark} /> : null}
      {preview.collection === 'topics' ? <TopicArticle locale={locale} found={preview.found} mark={mark} /> : null}
      {preview.collection === 'stakeholders' ? <StakeholderArticle locale={locale} found={preview.found} mark={mark} /> : null}
      {preview.collection === 'pages' ? <LegalPageArticle locale={locale} found={preview.found} mark={mark} /> : null}
    </PageShell>
  )
}
