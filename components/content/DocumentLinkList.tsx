import { Link } from '@/i18n/navigation'

type DocumentPathname = '/topics/[slug]' | '/stakeholders/[slug]' | '/sessions/[slug]' | '/dialogues/[slug]'

export interface LinkedDocument {
  id: number
  slug?: string | null
  name: string
  // `de` when the name is shown in German for want of a translation.
  lang?: string
}

// A list of links to related documents; one without a slug in this locale has no page to link.
export function DocumentLinkList({ pathname, items, labelledBy }: { pathname: DocumentPathname; items: LinkedDocument[]; labelledBy?: string }) {
  return (
    <ul aria-labelledby={labelledBy}>
      {items.map((item) =>
        item.slug ? (
          <li key={item.id}>
            <Link href={{ pathname, params: { slug: item.slug } }} lang={item.lang}>
              {item.name}
            </Link>
          </li>
        ) : null,
      )}
    </ul>
  )
}
