import { getLocale } from 'next-intl/server'
import { NotFoundPage } from '@/components/NotFoundPage'
import { defaultLocale, isLocale } from '@/i18n/locales'

// Next renders this for notFound(); a reader's first load gets not-found-document instead
// (lib/http/scriptFreePages.ts says why). It answers with status 404.
export default async function NotFound() {
  const requested = await getLocale()
  return <NotFoundPage locale={isLocale(requested) ? requested : defaultLocale} />
}
