import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'

type Step = 'confirm' | 'unsubscribe'

interface Props {
  locale: Locale
  step: Step
  // Where the button posts (an endpoint under /api/newsletter) and what it sends along.
  action: string
  fields: Record<string, string>
}

// What a link in a mail opens: a page that says what the button will do. Opening it changes
// nothing — a mail scanner following every link confirms or unsubscribes nobody; the POST of
// the button does (a plain form, so it works without JavaScript).
export async function NewsletterStep({ locale, step, action, fields }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter.pages' })
  return (
    <article className="newsletter-result">
      <h1>{t(`${step}Title`)}</h1>
      <p>{t(`${step}Text`)}</p>
      <form method="post" action={action}>
        <input type="hidden" name="locale" value={locale} />
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit">{t(`${step}Button`)}</button>
      </form>
    </article>
  )
}
