import type { Locale } from '@/i18n/locales'

export interface OutageDocumentText {
  title: string
  text: string
  home: string
}

// The whole page a reader gets when a page could not be rendered because the database is away
// (lib/outage/outagePages.ts). Rendered to static HTML when the site is built — during an
// outage nothing can be rendered from content — so it needs no script and only a stylesheet
// from public/, which the server hands out without the database.
export function OutageDocument({ locale, text }: { locale: Locale; text: OutageDocumentText }) {
  return (
    <html lang={locale}>
      {/* Not a Next page: rendered to a file by scripts/renderOutagePages.ts, so <head> and a
          plain stylesheet link are what it needs. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{text.title}</title>
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        <link rel="stylesheet" href="/outage.css" />
      </head>
      <body>
        <main id="main">
          <h1>{text.title}</h1>
          <p>{text.text}</p>
          <p>
            <a href={`/${locale}`}>{text.home}</a>
          </p>
        </main>
      </body>
    </html>
  )
}
