import { JsonLd } from '@/components/content/JsonLd'
import { absoluteUrl } from '@/lib/seo/siteUrl'

export interface Crumb {
  label: string
  // Left out for the page itself, the last crumb.
  href?: string
  // The crumb's text is in another language (an untranslated title shown in German).
  lang?: string
}

// Where the page sits below the home page, for readers and (as BreadcrumbList) for search engines.
export function Breadcrumbs({ crumbs, label, pageHref }: { crumbs: Crumb[]; label: string; pageHref?: string }) {
  const items = crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.label,
    ...((crumb.href ?? pageHref) ? { item: absoluteUrl((crumb.href ?? pageHref)!) } : {}),
  }))
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={index}>
            {crumb.href ? (
              <a href={crumb.href} lang={crumb.lang}>
                {crumb.label}
              </a>
            ) : (
              <span aria-current="page" lang={crumb.lang}>
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
      <JsonLd data={{ '@type': 'BreadcrumbList', itemListElement: items }} />
    </nav>
  )
}
