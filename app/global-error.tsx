'use client'

import { useSyncExternalStore } from 'react'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import de from '@/messages/de.json' with { type: 'json' }
import en from '@/messages/en.json' with { type: 'json' }
import es from '@/messages/es.json' with { type: 'json' }

const texts = { de: de.Error, es: es.Error, en: en.Error }
const unchanging = () => () => {}
const localeOfAddress = (): Locale => {
  const segment = window.location.pathname.split('/')[1]
  return isLocale(segment) ? segment : defaultLocale
}

// Next answers with this page when a reader page fails as a whole: a page rendered on its first
// request (and then cached) that cannot reach the database shows no segment's error.tsx (it
// would be cached). The status is 503 then (lib/outage/serverPatch.ts). Next renders this page
// once, at build, for every address, so it carries the text in each language; in the browser
// the address's language moves to the top.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The prerendered HTML (and hydration) use the default order; the browser then reads the address.
  const first = useSyncExternalStore(unchanging, localeOfAddress, () => defaultLocale)
  const ordered = [first, ...locales.filter((locale) => locale !== first)]
  return (
    <html lang={first}>
      <body>
        <main id="main" tabIndex={-1}>
          {ordered.map((locale, index) => {
            const Heading = index === 0 ? 'h1' : 'h2'
            return (
              <section key={locale} lang={locale}>
                <Heading>{texts[locale].title}</Heading>
                <p>{texts[locale].text}</p>
                <p>
                  <button type="button" onClick={reset}>
                    {texts[locale].retry}
                  </button>{' '}
                  <a href={`/${locale}`}>{texts[locale].home}</a>
                </p>
              </section>
            )
          })}
        </main>
      </body>
    </html>
  )
}
