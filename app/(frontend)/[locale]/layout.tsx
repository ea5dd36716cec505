import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type React from 'react'
import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { SkipLink } from '@/components/SkipLink'
import { routing } from '@/i18n/routing'
import './styles.css'

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Layout' })
  const languageLinks = routing.locales.map((code) => ({ locale: code, href: `/${code}` }))

  return (
    <html lang={locale}>
      <body>
        <SkipLink label={t('skipToContent')} />
        <header className="site-header">
          <a className="site-name" href={`/${locale}`}>
            {t('siteName')}
          </a>
          <LanguageSwitcher current={locale} links={languageLinks} label={t('languageSwitcher')} />
        </header>
        <NextIntlClientProvider>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </NextIntlClientProvider>
        <footer className="site-footer" aria-label={t('footer')} />
      </body>
    </html>
  )
}
