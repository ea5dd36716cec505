'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { AdminTextKey } from '@/i18n/adminTranslations'

// Above the subscribers' list (admins only see it): the CSV of confirmed subscribers with their
// consent dates (newsletter/confirmedCsv.ts).
export function ConfirmedSubscribersCsv() {
  const { config } = useConfig()
  const { t } = useTranslation<object, AdminTextKey>()
  return (
    <p>
      <a href={`${config.routes.api}/subscribers/confirmed-csv`} download>
        {t('digitaldialoge:confirmedSubscribersCsv')}
      </a>
    </p>
  )
}
