import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { SiteFrame } from '@/lib/content/queries/siteFrame'

// Legal and accessibility pages, reachable from every page (BITV 2.0), as editors list them in
// the Footer global.
export async function SiteFooter({ locale, footer }: { locale: Locale; footer: SiteFrame['footer'] }) {
  const t = await getTranslations({ locale, namespace: 'Layout' })
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        {footer.links.length > 0 ? (
          <nav aria-label={t('footer')}>
            <ul className="footer-links">
              {footer.links.map((link) => (
                <li key={`${link.href}|${link.label}`}>
                  <a href={link.href} rel={link.external ? 'noopener' : undefined}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {footer.note ? <p className="footer-note">{footer.note}</p> : null}
      </div>
    </footer>
  )
}
