import { getTranslations } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { FooterLink } from '@/lib/content/queries/pages'

interface Props {
  locale: Locale
  links: FooterLink[]
  note: string | null
}

// Legal and accessibility pages, reachable from every page (BITV 2.0).
export async function SiteFooter({ locale, links, note }: Props) {
  const t = await getTranslations({ locale, namespace: 'Layout' })
  return (
    <footer className="site-footer">
      <nav aria-label={t('footer')}>
        <ul className="footer-links">
          {links.map((link) => (
            <li key={link.label}>
              {link.pageSlug ? (
                <Link locale={locale} href={{ pathname: '/[page]', params: { page: link.pageSlug } }}>
                  {link.label}
                </Link>
              ) : (
                <a href={link.url} rel="noopener">
                  {link.label}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {note ? <p className="footer-note">{note}</p> : null}
    </footer>
  )
}
