import type { ServerProps } from 'payload'
import { localeLabels } from '@/i18n/locales'
import { adminLinks } from '@/i18n/strings/adminLinks'
import { share, translationStatus, type LocaleStatus, type MissingContent } from '@/i18n/strings/translationStatus'
import { adminText, type AdminTextKey } from '@/i18n/adminTranslations'
import type { TFunction } from '@payloadcms/translations'

const percent = (part: number, total: number) => `${Math.floor(share(part, total) * 1000) / 10} %`

function Figure({ part, total, label }: { part: number; total: number; label: string }) {
  return (
    <span>
      <progress max={total || 1} value={total ? part : 1} aria-label={label} style={{ width: '8rem', marginInlineEnd: '0.5rem' }} />
      {part}/{total} ({percent(part, total)})
    </span>
  )
}

function DocumentList({ docs, summary, admin, locale }: { docs: MissingContent[]; summary: string; admin: string; locale: LocaleStatus['locale'] }) {
  return (
    <li>
      <details>
        <summary>{summary}</summary>
        <ul>
          {docs.map((doc) => (
            <li key={`${doc.collection}-${doc.id}`}>
              <a href={adminLinks.document(admin, doc.collection, doc.id, locale)}>{doc.title}</a> ({doc.collection}: {doc.fields.join(', ')})
            </li>
          ))}
        </ul>
      </details>
    </li>
  )
}

function Missing({ status, admin, t }: { status: LocaleStatus; admin: string; t: TFunction<AdminTextKey> }) {
  const { locale, strings, content } = status
  if (strings.missing.length === 0 && content.missing.length === 0 && content.outdated.length === 0) return <p>{t('digitaldialoge:statusComplete')}</p>
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
      {strings.missing.length > 0 && (
        <li>
          <a href={adminLinks.stringsToTranslate(admin, locale)}>{t('digitaldialoge:statusMissingStrings', { count: strings.missing.length })}</a>
        </li>
      )}
      {content.missing.length > 0 && (
        <DocumentList docs={content.missing} summary={t('digitaldialoge:statusMissingContent', { count: content.missing.length })} admin={admin} locale={locale} />
      )}
      {content.outdated.length > 0 && (
        <DocumentList docs={content.outdated} summary={t('digitaldialoge:statusOutdatedContent', { count: content.outdated.length })} admin={admin} locale={locale} />
      )}
    </ul>
  )
}

// On the admin dashboard: per language, how much of the interface and of the content is
// translated, with links to what is missing. `npm run i18n:status` prints the same figures.
export async function TranslationStatusPanel({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const t = adminText(i18n)
  const status = await translationStatus(payload)
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="translation-status" style={{ marginBottom: '2rem' }}>
      <h2 id="translation-status">{t('digitaldialoge:statusHeading')}</h2>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'start' }}>{t('digitaldialoge:statusLanguage')}</th>
            <th scope="col" style={{ textAlign: 'start' }}>{t('digitaldialoge:statusStrings')}</th>
            <th scope="col" style={{ textAlign: 'start' }}>{t('digitaldialoge:statusContent')}</th>
            <th scope="col" style={{ textAlign: 'start' }} />
          </tr>
        </thead>
        <tbody>
          {status.map((row) => (
            <tr key={row.locale} data-locale={row.locale}>
              <th scope="row" style={{ textAlign: 'start', verticalAlign: 'top' }}>
                {localeLabels[row.locale]}
                {row.locale === 'de' && <small> ({t('digitaldialoge:statusSource')})</small>}
              </th>
              <td style={{ verticalAlign: 'top' }}>
                <Figure part={row.strings.translated} total={row.strings.total} label={`${t('digitaldialoge:statusStrings')} ${localeLabels[row.locale]}`} />
                {row.strings.needsReview > 0 && <div>{t('digitaldialoge:statusToReview', { count: row.strings.needsReview })}</div>}
              </td>
              <td style={{ verticalAlign: 'top' }}>
                <Figure part={row.content.translated} total={row.content.total} label={`${t('digitaldialoge:statusContent')} ${localeLabels[row.locale]}`} />
              </td>
              <td style={{ verticalAlign: 'top' }}>
                <Missing status={row} admin={admin} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
