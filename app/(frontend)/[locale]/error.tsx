'use client'

import { useLocale, useTranslations } from 'next-intl'

// A failure while rendering (e.g. the database unreachable): an explanation in the reader's
// language, never a stack trace. It has no header of its own, so it names the way home.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error')
  const locale = useLocale()
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t('retry')}
        </button>{' '}
        <a href={`/${locale}`}>{t('home')}</a>
      </p>
    </main>
  )
}
