'use client'

import { useErrorTexts } from '@/components/ErrorTexts.client'

// A failure while rendering (e.g. the database unreachable): an explanation in the reader's
// language, never a stack trace. It has no header of its own, so it names the way home.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const texts = useErrorTexts()
  if (!texts) return null
  return (
    <main id="main" tabIndex={-1}>
      <h1>{texts.title}</h1>
      <p>{texts.text}</p>
      <p>
        <button type="button" onClick={reset}>
          {texts.retry}
        </button>{' '}
        <a href={texts.homeHref}>{texts.home}</a>
      </p>
    </main>
  )
}
