import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { NotFoundPage } from '@/components/NotFoundPage'
import type { Locale } from '@/i18n/locales'
import { readerParams } from '@/i18n/readerParams'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await readerParams(params)
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false } }
}

// The 404 page as a page of its own, rendered on the server: the document a reader gets for every
// unknown address (lib/http/scriptFreePages.ts puts it in place of Next's, with status 404).
export default async function NotFoundDocument({ params }: Props) {
  const { locale } = await readerParams(params)
  setRequestLocale(locale)
  return <NotFoundPage locale={locale} />
}
