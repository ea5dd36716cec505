import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { findArchivedIssues } from '@/lib/content/queries/newsletterArchive'
import { payloadClient } from '@/lib/payloadClient'
import { pathsFor } from '@/lib/seo/localizedUrls'

// Issues are sent by the worker, another process than this server: no save here could expire
// a cached copy of the list, so it is read per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await readerParams(params)
  const t = await getTranslations({ locale, namespace: 'Newsletter.archive' })
  return { title: t('title'), description: t('intro') }
}

export default async function NewsletterArchivePage({ params }: Props) {
  const { locale } = await readerParams(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Newsletter.archive' })
  const issues = await findArchivedIssues(await payloadClient(), locale)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' })
  return (
    <PageShell locale={locale} paths={pathsFor('/newsletter/archive')}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {issues.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="archive-list">
          {issues.map((issue) => (
            <li key={issue.id} lang={issue.german && locale !== 'de' ? 'de' : undefined}>
              <Link href={{ pathname: '/newsletter/archive/[issue]', params: { issue: String(issue.id) } }}>{issue.subject}</Link>{' '}
              <span className="meta" lang={locale}>
                {t('sentOn', { date: date.format(new Date(issue.sentAt)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </PageShell>
  )
}
