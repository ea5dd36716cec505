import { getTranslations } from 'next-intl/server'
import type React from 'react'
import { PageShell } from '@/components/PageShell'
import { locales, type Locale } from '@/i18n/locales'
import { resultPagePath, type ResultPage } from '@/newsletter/links'

interface Props {
  locale: Locale
  // The step's title, the last breadcrumb; left out on the form page itself.
  title?: string
  // The same step in the other languages; pages whose address carries a token switch to the form.
  page?: ResultPage
  children: React.ReactNode
}

// The newsletter's pages: the form, and where a form post or a mail link lands.
export async function NewsletterShell({ locale, title, page, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  const paths = Object.fromEntries(locales.map((code) => [code, resultPagePath(code, page)]))
  const crumbs = title ? [{ label: t('signUpTitle'), href: resultPagePath(locale) }, { label: title }] : [{ label: t('signUpTitle') }]
  return (
    <PageShell locale={locale} paths={paths} crumbs={crumbs}>
      {children}
    </PageShell>
  )
}
