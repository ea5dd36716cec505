import type { SiteLink } from '@/lib/content/queries/siteFrame'

interface Props {
  links: SiteLink[]
  label: string
  menuLabel: string
  currentPath?: string
  ancestorPaths: string[]
}

const currentness = (href: string, currentPath: string | undefined, ancestorPaths: string[]) =>
  href === currentPath ? 'page' : ancestorPaths.includes(href) ? 'true' : undefined

// The editors' menu in their order. On small screens it folds into a <details> disclosure: the
// browser opens and closes it by mouse, keyboard (Enter, Space) and touch without any script.
// On wide screens the CSS keeps it open and hides the toggle (styles.css, .main-menu).
export function MainNavigation({ links, label, menuLabel, currentPath, ancestorPaths }: Props) {
  return (
    <nav aria-label={label} className="main-navigation">
      <details className="main-menu">
        <summary>{menuLabel}</summary>
        <ul>
          {links.map((link) => (
            <li key={`${link.href}|${link.label}`}>
              <a
                href={link.href}
                aria-current={currentness(link.href, currentPath, ancestorPaths)}
                rel={link.external ? 'noopener' : undefined}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  )
}
