import type { ServerProps } from 'payload'
import type { TFunction } from '@payloadcms/translations'
import { hasRole } from '@/access/roles'
import { adminText, type AdminTextKey } from '@/i18n/adminTranslations'
import { localeLabels } from '@/i18n/locales'
import { adminLinks } from '@/i18n/strings/adminLinks'
import { workList, type LocaleWork } from '@/lib/translation/workList'

function Items({ heading, items, admin, locale }: { heading: string; items: { collection: string; id: number; title: string; fields?: string[] }[]; admin: string; locale: LocaleWork['locale'] }) {
  if (items.length === 0) return null
  return (
    <>
      <h4 style={{ marginBlock: '0.5rem 0.25rem' }}>{heading}</h4>
      <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
        {items.map((item) => (
          <li key={`${item.collection}-${item.id}`}>
            <a href={adminLinks.document(admin, item.collection as never, item.id, locale)}>{item.title}</a> ({item.collection}
            {item.fields ? `: ${item.fields.join(', ')}` : ''})
          </li>
        ))}
      </ul>
    </>
  )
}

function LocaleSection({ work, admin, t, translator }: { work: LocaleWork; admin: string; t: TFunction<AdminTextKey>; translator: boolean }) {
  const nothing = work.waitingForReview.length === 0 && work.missing.length === 0 && work.outdated.length === 0
  return (
    <section aria-labelledby={`work-${work.locale}`} data-locale={work.locale}>
      <h3 id={`work-${work.locale}`}>{localeLabels[work.locale]}</h3>
      {nothing && <p>{t('digitaldialoge:workNothing')}</p>}
      {translator && <Items heading={t('digitaldialoge:workOutdated')} items={work.outdated} admin={admin} locale={work.locale} />}
      {translator && <Items heading={t('digitaldialoge:workMissing')} items={work.missing} admin={admin} locale={work.locale} />}
      <Items heading={t('digitaldialoge:workForReview')} items={work.waitingForReview} admin={admin} locale={work.locale} />
    </section>
  )
}

// On the dashboard, per person: a translator's missing and outdated fields and what waits for
// review in their locales; an editor's translations waiting for their review (lib/translation/workList).
export async function TranslationWorkList({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const t = adminText(i18n)
  const translator = hasRole(user, 'translator')
  const work = await workList(payload, user as never)
  if (work.length === 0) return null
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="translation-work" style={{ marginBottom: '2rem' }}>
      <h2 id="translation-work">{t(translator ? 'digitaldialoge:workHeadingTranslator' : 'digitaldialoge:workHeadingEditor')}</h2>
      {work.map((entry) => (
        <LocaleSection key={entry.locale} work={entry} admin={admin} t={t} translator={translator} />
      ))}
    </section>
  )
}
