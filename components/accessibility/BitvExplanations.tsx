import { getTranslations } from 'next-intl/server'
import { explanationSections } from '@/fields/bitvExplanations'
import type { Locale } from '@/i18n/locales'
import type { Media, Page } from '@/payload-types'
import { Paragraphs } from './Paragraphs'
import { SignLanguageVideo } from './SignLanguageVideo'

interface Props {
  locale: Locale
  explanations: NonNullable<Page['explanations']>
  // The DGS page shows each section's film (or says that it is still missing).
  withVideos: boolean
}

// The four explanations BITV 2.0 § 4 names, each under its own heading, in the law's order.
export async function BitvExplanations({ locale, explanations, withVideos }: Props) {
  const t = await getTranslations({ locale, namespace: 'Accessibility.explanations' })
  return (
    <>
      {explanationSections.map((name) => {
        const section = explanations[name]
        const video = typeof section?.video === 'object' && section.video ? (section.video as Media) : null
        return (
          <section key={name} aria-labelledby={`explanation-${name}`}>
            <h2 id={`explanation-${name}`}>{t(name)}</h2>
            {withVideos && (video ? <SignLanguageVideo locale={locale} video={video} /> : <p className="placeholder">{t('videoMissing')}</p>)}
            {section?.text && <Paragraphs text={section.text} />}
          </section>
        )
      })}
    </>
  )
}
