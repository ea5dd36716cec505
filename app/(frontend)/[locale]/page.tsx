import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { PageShell } from '@/components/PageShell'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'
import { countryName } from '@/lib/countryName'
import { listDialogues } from '@/lib/content/reader'
import { pathsFor } from '@/lib/seo/localizedUrls'
import { pageMetadata } from '@/lib/seo/pageMetadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await readerParams(params)
  const t = await getTranslations({ locale, namespace: 'Home' })
  return {
    ...pageMetadata({ locale, title: t('title'), description: t('intro'), paths: pathsFor('/'), siteName: t('title') }),
    title: { absolute: t('title') },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await readerParams(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Home' })
  const dialogues = await listDialogues(locale)
  return (
    <PageShell locale={locale} paths={pathsFor('/')}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('dialogues')}</h2>
      {dialogues.length === 0 ? <p>{t('noDialogues')}</p> : null}
      <ul className="card-list">
        {dialogues.map((dialogue) =>
          dialogue.slug ? (
            <li key={dialogue.id} className="card">
              <h3>
                <Link href={{ pathname: '/dialogues/[slug]', params: { slug: dialogue.slug } }} lang={fallbackLang(dialogue.untranslated, 'title')}>
                  {dialogue.title}
                </Link>
              </h3>
              <p className="meta">{countryName(locale, dialogue.partnerCountry?.code)}</p>
              {dialogue.summary ? <p lang={fallbackLang(dialogue.untranslated, 'summary')}>{dialogue.summary}</p> : null}
            </li>
          ) : null,
        )}
      </ul>
    </PageShell>
  )
}
