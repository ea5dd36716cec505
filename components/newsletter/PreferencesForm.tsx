import { getTranslations } from 'next-intl/server'
import { localeLabels, locales, type Locale } from '@/i18n/locales'
import type { InterestOption } from '@/lib/content/queries/newsletter'
import { endpointPaths, type PreferencesNotice } from '@/newsletter/links'
import type { Preferences } from '@/newsletter/preferences'

interface Props {
  locale: Locale
  preferences: Preferences
  token: string
  interests: InterestOption[]
  // Where the unsubscribe button posts (the mail's one-click address, newsletter/links.ts).
  unsubscribeAction: string
  notice?: PreferencesNotice
}

// Two plain forms, so the page works without JavaScript: one saves language and interests, one
// unsubscribes. Opening the page changes nothing; only a button's POST does.
export async function PreferencesForm({ locale, preferences, token, interests, unsubscribeAction, notice }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' })
  const chosen = new Set(preferences.interests)
  return (
    <article className="newsletter-preferences">
      <h1>{t('preferences.title')}</h1>
      {notice && (
        <p role={notice === 'saved' ? 'status' : 'alert'} className={notice === 'saved' ? 'newsletter-notice' : 'newsletter-notice error'}>
          {t(`preferences.${notice}`)}
        </p>
      )}
      <p>{t('preferences.intro')}</p>
      <form method="post" action={endpointPaths.preferences} className="newsletter-form">
        <input type="hidden" name="id" value={preferences.id} />
        <input type="hidden" name="token" value={token} />
        <fieldset className="field">
          <legend>{t('preferences.language')}</legend>
          {locales.map((code) => (
            <div key={code}>
              <input
                id={`preferences-locale-${code}`}
                type="radio"
                name="locale"
                value={code}
                defaultChecked={preferences.locale === code}
              />
              <label htmlFor={`preferences-locale-${code}`} lang={code}>
                {localeLabels[code]}
              </label>
            </div>
          ))}
        </fieldset>
        {interests.length > 0 && (
          <fieldset className="field">
            <legend>{t('preferences.interests')}</legend>
            {interests.map((area) => (
              <div key={area.id}>
                <input
                  id={`preferences-interest-${area.id}`}
                  type="checkbox"
                  name="interests"
                  value={area.id}
                  defaultChecked={chosen.has(area.id)}
                />
                <label htmlFor={`preferences-interest-${area.id}`}>{area.title}</label>
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit">{t('preferences.save')}</button>
      </form>
      <section aria-labelledby="preferences-unsubscribe">
        <h2 id="preferences-unsubscribe">{t('preferences.unsubscribeHeading')}</h2>
        <p>{t('preferences.unsubscribeText')}</p>
        <form method="post" action={unsubscribeAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('pages.unsubscribeButton')}</button>
        </form>
      </section>
    </article>
  )
}
