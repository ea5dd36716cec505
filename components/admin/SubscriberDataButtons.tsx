'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { AdminTextKey } from '@/i18n/adminTranslations'

// On a subscriber's view (the collection is admins-only): download everything held about the
// person as JSON, or erase them. Both call the admin-only endpoints in
// newsletter/endpoints/dataRights.ts, which check the role again.
export function SubscriberDataButtons() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { t } = useTranslation<object, AdminTextKey>()
  const router = useRouter()
  const [failed, setFailed] = useState(false)
  if (!id || (user as { role?: string } | null)?.role !== 'admin') return null
  const api = `${config.routes.api}/subscribers/${id}`

  async function erase() {
    if (!window.confirm(t('digitaldialoge:subscriberEraseConfirm'))) return
    const response = await fetch(`${api}/erase`, { method: 'POST', credentials: 'include' })
    if (!response.ok) return setFailed(true)
    router.push(`${config.routes.admin}/collections/subscribers`)
  }

  return (
    <div className="field-type subscriber-data-rights">
      <h3>{t('digitaldialoge:subscriberDataHeading')}</h3>
      <p>
        <a href={`${api}/export`} download>
          {t('digitaldialoge:subscriberExport')}
        </a>
      </p>
      <Button buttonStyle="error" onClick={erase}>
        {t('digitaldialoge:subscriberErase')}
      </Button>
      {failed && <p role="alert">{t('digitaldialoge:subscriberEraseFailed')}</p>}
    </div>
  )
}
