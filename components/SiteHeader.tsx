import type { Locale } from '@/i18n/locales'
import type { SiteFrame } from '@/lib/content/queries/siteFrame'
import { LanguageSwitcher, type LanguageLink } from './LanguageSwitcher'
import { MainNavigation } from './MainNavigation'

interface Props {
  locale: Locale
  frame: SiteFrame
  // The interface's own name for the site, while SiteSettings has none (or cannot be read).
  fallbackName: string
  labels: { home: string; menu: string; navigation: string; languages: string; ministry: string }
  languages: LanguageLink[]
  // This page's address and the addresses above it (its breadcrumbs), to mark the navigation.
  currentPath?: string
  ancestorPaths: string[]
}

// The site's and the ministry's identity (SiteSettings), the main navigation (Navigation) and
// the language switch: the same on every reader page.
export function SiteHeader({ locale, frame, fallbackName, labels, languages, currentPath, ancestorPaths }: Props) {
  const siteName = frame.siteName ?? fallbackName
  return (
    <header className="site-header">
      <div className="site-header-bar">
        <a className="site-identity" href={`/${locale}`}>
          {frame.logo ? (
            // The logo's alt text names the ministry; the link's name is logo and site name together.
            // eslint-disable-next-line @next/next/no-img-element -- a small upload served as is; next/image would add client code
            <img className="site-logo" src={frame.logo.url} alt={frame.logo.alt} width={frame.logo.width} height={frame.logo.height} />
          ) : null}
          <span className="site-names">
            <span className="site-name">{siteName}</span>
            {frame.ministryName ? <span className="site-ministry">{frame.ministryName}</span> : null}
          </span>
        </a>
        <LanguageSwitcher current={locale} links={languages} label={labels.languages} />
      </div>
      {frame.navigation.length > 0 ? (
        <MainNavigation links={frame.navigation} label={labels.navigation} menuLabel={labels.menu} currentPath={currentPath} ancestorPaths={ancestorPaths} />
      ) : null}
    </header>
  )
}
