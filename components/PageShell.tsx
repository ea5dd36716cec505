import { getTranslations } from 'next-intl/server'
import type React from 'react'
import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import type { LocalizedPaths } from '@/lib/seo/localizedUrls'
import { throwIfOutageMet } from '@/lib/outage/pageGuard'
import { LanguageSwitcher } from './LanguageSwitcher'

interface Props {
  locale: Locale
  // The same document in every locale; a locale without this page leads to its home page.
  paths: LocalizedPaths
  children: React.ReactNode
  // The 404 page is answered during an outage too, without what the database would add.
  showDuringOutage?: boolean
}

// Header and main landmark of every reader page. The header lives here, not in the layout,
// because only the page knows where the language switcher must lead.
export async function PageShell({ locale, paths, children, showDuringOutage = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'Layout' })
  if (!showDuringOutage) throwIfOutageMet()
  const links = locales.map((code) => ({ locale: code, href: paths[code] ?? `/${code}` }))
  return (
    <>
      <header className="site-header">
        <a className="site-name" href={`/${locale}`}>
          {t('siteName')}
        </a>
        <LanguageSwitcher current={locale} links={links} label={t('languageSwitcher')} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
