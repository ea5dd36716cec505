import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'
import { ErrorTextsProvider } from '@/components/ErrorTexts.client'
import { SiteFooter } from '@/components/SiteFooter'
import { SkipLink } from '@/components/SkipLink'
import { isLocale } from '@/i18n/locales'
import { getSiteFrameOrNone } from '@/lib/content/reader'
import { siteUrl } from '@/lib/seo/siteUrl'
import './styles.css'

// Nothing is rendered at build time (the database may be out of reach then): every page is
// rendered on its first request, cached, and expired by tag when its content changes.
export function generateStaticParams() {
  return []
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const checked = isLocale(locale) ? locale : 'de'
  const t = await getTranslations({ locale: checked, namespace: 'Layout' })
  const home = await getTranslations({ locale: checked, namespace: 'Home' })
  // Every page states its own description; this one stands for pages that have none to give (the 404 page).
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('siteName'), template: `%s – ${t('siteName')}` },
    description: home('intro'),
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Layout' })
  const frame = await getSiteFrameOrNone(locale)
  const error = await getTranslations({ locale, namespace: 'Error' })
  const errorTexts = { title: error('title'), text: error('text'), retry: error('retry'), home: error('home'), homeHref: `/${locale}` }

  return (
    <html lang={locale}>
      <body>
        <SkipLink label={t('skipToContent')} />
        <ErrorTextsProvider value={errorTexts}>{children}</ErrorTextsProvider>
        <SiteFooter locale={locale} footer={frame.footer} />
      </body>
    </html>
  )
}
