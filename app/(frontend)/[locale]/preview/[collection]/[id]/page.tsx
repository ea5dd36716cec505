import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { RichText } from '@/components/content/RichText'
import { PageShell } from '@/components/PageShell'
import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { readerParams } from '@/i18n/readerParams'
import { getPreviewDocument } from '@/lib/preview/getPreviewDocument'
import { isPreviewable, previewPath } from '@/lib/preview/previewableCollections'
import { formatSessionTime } from '@/lib/formatSessionTime'

type Props = { params: Promise<{ locale: string; collection: string; id: string }> }

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false } }

// What an editor sees in the admin's preview: the latest draft, rendered like the reader page.
export default async function PreviewPage({ params }: Props) {
  const { locale, collection, id } = await readerParams(params)
  if (!isPreviewable(collection) || !/^\d+$/.test(id)) notFound()
  const found = await getPreviewDocument(collection, Number(id), locale)
  if (!found) notFound()
  const t = await getTranslations({ locale, namespace: 'Preview' })
  const paths = { de: previewPath(collection, 'de', id), es: previewPath(collection, 'es', id), en: previewPath(collection, 'en', id) }
  const { doc } = found

  return (
    <PageShell locale={locale} paths={paths}>
      <RefreshOnSave />
      {/* The status in this locale: each locale is published on its own. */}
      <p className="preview-banner" role="note">
        {doc._status === 'published' ? t('published') : t('draft')}
      </p>
      <article>
        <h1>{doc.title}</h1>
        {found.collection === 'sessions' && found.doc.startsAt ? (
          <p>{formatSessionTime(locale, found.doc.startsAt_tz ?? 'Europe/Berlin', found.doc.startsAt, found.doc.endsAt)}</p>
        ) : null}
        {'summary' in doc && doc.summary ? <p className="lead">{doc.summary}</p> : null}
        {found.collection === 'sessions' ? <RichText data={found.doc.outcomes} /> : <RichText data={found.doc.body} />}
      </article>
    </PageShell>
  )
}
