import { localeLabels, type Locale } from '@/i18n/locales'

export interface LanguageLink {
  locale: Locale
  href: string
}

interface Props {
  current: Locale
  links: LanguageLink[]
  label: string
}

// Plain links on purpose: a language switch reloads the page so <html lang> and every
// string change together, and it works without JavaScript.
export function LanguageSwitcher({ current, links, label }: Props) {
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {links.map(({ locale, href }) => (
          <li key={locale}>
            <a
              href={href}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {localeLabels[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
