import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { Paragraphs } from './Paragraphs'

// The federal conciliation body (§ 16 BGG). Fixed in code: the statement must always link it.
export const conciliationBodyUrl = 'https://www.schlichtungsstelle-bgg.de/'

interface Props {
  locale: Locale
  statement: NonNullable<Page['statement']>
  feedbackHref: string
}

const formatDate = (locale: Locale, value: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(value))

// The parts BITV 2.0 § 7 requires, in their order, from the page's structured fields.
export async function AccessibilityStatement({ locale, statement, feedbackHref }: Props) {
  const t = await getTranslations({ locale, namespace: 'Accessibility.statement' })
  const barriers = statement.barriers ?? []
  const contact = statement.contact ?? {}
  return (
    <>
      <section aria-labelledby="statement-conformance">
        <h2 id="statement-conformance">{t('conformanceTitle')}</h2>
        {statement.conformance && <p>{t(`conformance.${statement.conformance}`)}</p>}
        <p>{t('standard')}</p>
      </section>

      <section aria-labelledby="statement-barriers">
        <h2 id="statement-barriers">{t('barriersTitle')}</h2>
        {barriers.length === 0 ? (
          <p>{t('noBarriers')}</p>
        ) : (
          <ul className="statement-barriers">
            {barriers.map((barrier) => (
              <li key={barrier.id ?? barrier.content}>
                <p>
                  <strong>{barrier.content}</strong>
                </p>
                <p>
                  {t('reason')}: {barrier.reason}
                </p>
                {barrier.alternative && (
                  <p>
                    {t('alternative')}: {barrier.alternative}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="statement-preparation">
        <h2 id="statement-preparation">{t('preparationTitle')}</h2>
        <p>
          {statement.preparedOn && t('prepared', { date: formatDate(locale, statement.preparedOn) })}{' '}
          {statement.lastReviewedOn && t('reviewed', { date: formatDate(locale, statement.lastReviewedOn) })}{' '}
          {statement.method && t(`method.${statement.method}`)}
        </p>
      </section>

      <section aria-labelledby="statement-feedback">
        <h2 id="statement-feedback">{t('feedbackTitle')}</h2>
        <p>{t('feedbackText')}</p>
        <p>
          <a href={feedbackHref}>{t('feedbackLink')}</a>
        </p>
        <dl className="statement-contact">
          {contact.email && (
            <>
              <dt>{t('contactEmail')}</dt>
              <dd>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </dd>
            </>
          )}
          {contact.phone && (
            <>
              <dt>{t('contactPhone')}</dt>
              <dd>{contact.phone}</dd>
            </>
          )}
          {contact.address && (
            <>
              <dt>{t('contactAddress')}</dt>
              <dd>
                <Paragraphs text={contact.address} />
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="statement-conciliation">
        <h2 id="statement-conciliation">{t('conciliationTitle')}</h2>
        <p>{t('conciliationText')}</p>
        <p>
          <a href={conciliationBodyUrl} hrefLang="de">
            {t('conciliationLink')}
          </a>
        </p>
      </section>
    </>
  )
}
