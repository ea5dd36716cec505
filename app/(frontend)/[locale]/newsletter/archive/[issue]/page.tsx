import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { PageShell } from '@/components/PageShell'
import { IssueBody } from '@/components/newsletter/IssueBody'
import { Link, getPathname } from '@/i18n/navigation'
import { locales, type Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { findArchivedIssue } from '@/lib/content/queries/newsletterArchive'
import { settings } from '@/lib/env'
import { payloadClient } from '@/lib/payloadClient'

// Read per request, like the archive list (see there).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; issue: string }> }

async function load(params: Props['params']) {
  const { locale, issue } = await readerParams(params)
  const id = /^[1-9]\d{0,9}$/.test(issue) ? Number(issue) : NaN
  if (!Number.isSafeInteger(id)) notFound()
  const found = await findArchivedIssue(await payloadClient(), locale, id)
  if (!found) notFound()
  return { locale, issue: found }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { issue } = await load(params)
  return { title: issue.subject, description: issue.preheader ?? undefined }
}

export default async function NewsletterIssuePage({ params }: Props) {
  const { locale, issue } = await load(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Newsletter.archive' })
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' })
  const paths = Object.fromEntries(
    locales.map((code) => [code, getPathname({ locale: code, href: { pathname: '/newsletter/archive/[issue]', params: { issue: String(issue.id) } } })]),
  )
  const lang = issue.german && locale !== 'de' ? 'de' : undefined
  return (
    <PageShell locale={locale} paths={paths}>
      <article>
        <p className="meta">{t('sentOn', { date: date.format(new Date(issue.sentAt)) })}</p>
        <h1 lang={lang}>{issue.subject}</h1>
        {lang ? <p className="notice">{t('germanOnly')}</p> : null}
        <div className="rich-text" lang={lang}>
          <IssueBody body={issue.body} locale={locale} siteUrl={settings().SITE_URL} />
        </div>
        <p>
          <Link href="/newsletter/archive">{t('back')}</Link>
        </p>
      </article>
    </PageShell>
  )
}
