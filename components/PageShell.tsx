import { getTranslations } from 'next-intl/server'
import type React from 'react'
import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { getSiteFrameOrNone } from '@/lib/content/reader'
import type { LocalizedPaths } from '@/lib/seo/localizedUrls'
import { throwIfOutageMet } from '@/lib/outage/pageGuard'
import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { SiteHeader } from './SiteHeader'

interface Props {
  locale: Locale
  // The same document in every locale; a locale without this page leads to its home page.
  paths: LocalizedPaths
  // The way down from the home page to this page (the page itself last, without href);
  // left out on the home page only.
  crumbs?: Crumb[]
  children: React.ReactNode
  // The 404 page is answered during an outage too, without what the database would add.
  showDuringOutage?: boolean
}

// Header, breadcrumbs and main landmark of every reader page. The header lives here, not in
// the layout, because only the page knows where the language switcher must lead and where it
// sits in the navigation.
export async function PageShell({ locale, paths, crumbs, children, showDuringOutage = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'Layout' })
  if (!showDuringOutage) throwIfOutageMet()
  const frame = await getSiteFrameOrNone(locale)
  const languages = locales.map((code) => ({ locale: code, href: paths[code] ?? `/${code}` }))
  const home = `/${locale}`
  const trail: Crumb[] | null = crumbs ? [{ label: t('home'), href: home }, ...crumbs] : null
  return (
    <>
      <SiteHeader
        locale={locale}
        frame={frame}
        fallbackName={t('siteName')}
        labels={{ home: t('home'), menu: t('menu'), navigation: t('mainNavigation'), languages: t('languageSwitcher'), ministry: t('ministry') }}
        languages={languages}
        currentPath={paths[locale]}
        ancestorPaths={(trail ?? []).flatMap((crumb) => (crumb.href && crumb.href !== home ? [crumb.href] : []))}
      />
      {trail ? <Breadcrumbs crumbs={trail} label={t('breadcrumbs')} pageHref={paths[locale]} /> : null}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
