'use client'
import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { AdminTextKey } from '@/i18n/adminTranslations'
import { localeLabels, locales, type Locale } from '@/i18n/locales'
import type { AudienceSummary, Progress } from '@/newsletter/dispatch/summary'

type T = (key: AdminTextKey, vars?: Record<string, unknown>) => string

const api = (id: number | string, path: string) => `/api/newsletter-issues/${id}/${path}`

async function request<Result>(url: string, init?: RequestInit): Promise<Result> {
  const response = await fetch(url, { credentials: 'include', ...init, headers: { 'Content-Type': 'application/json', ...init?.headers } })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error((body as { errors?: { message?: string }[] }).errors?.[0]?.message ?? response.statusText)
  return body as Result
}

const setStatus = (id: number | string, status: string) =>
  request(`/api/newsletter-issues/${id}`, { method: 'PATCH', body: JSON.stringify({ status }) })

function Preview({ id, t }: { id: number | string; t: T }) {
  const [locale, setLocale] = useState<Locale | null>(null)
  const [mail, setMail] = useState<{ subject: string; html: string } | null>(null)
  const [notice, setNotice] = useState('')
  const show = async (next: Locale) => {
    setLocale(next)
    setMail(await request(api(id, `preview?language=${next}`)).catch((error: Error) => (setNotice(t('digitaldialoge:dispatchFailed', { message: error.message })), null)) as never)
  }
  const testSend = async () => {
    const result = await request<{ to: string }>(api(id, 'test-send'), { method: 'POST', body: JSON.stringify({ language: locale ?? 'de' }) }).catch(
      (error: Error) => (setNotice(t('digitaldialoge:dispatchFailed', { message: error.message })), null),
    )
    if (result) setNotice(t('digitaldialoge:dispatchTestSent', { email: result.to }))
  }
  return (
    <section aria-labelledby="issue-preview-heading">
      <h3 id="issue-preview-heading">{t('digitaldialoge:dispatchPreview')}</h3>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        {locales.map((code) => (
          <Button key={code} buttonStyle={code === locale ? 'primary' : 'secondary'} size="small" onClick={() => void show(code)}>
            {t('digitaldialoge:dispatchPreviewIn', { language: localeLabels[code] })}
          </Button>
        ))}
        <Button buttonStyle="secondary" size="small" onClick={() => void testSend()}>
          {t('digitaldialoge:dispatchTestSend')}
        </Button>
      </div>
      <p role="status">{notice}</p>
      {mail && (
        // The mail's own HTML in a sandbox: no script runs, nothing reaches the admin's page.
        <iframe title={mail.subject} srcDoc={mail.html} sandbox="" style={{ width: '100%', height: '32rem', border: '1px solid var(--theme-elevation-150)' }} />
      )}
    </section>
  )
}

function Summary({ id, t, onSent }: { id: number | string; t: T; onSent: () => void }) {
  const [summary, setSummary] = useState<AudienceSummary | null>(null)
  const [notice, setNotice] = useState('')
  useEffect(() => {
    request<AudienceSummary>(api(id, 'summary')).then(setSummary, (error: Error) => setNotice(error.message))
  }, [id])
  if (!summary) return <p role="status">{notice}</p>
  const send = async () => {
    if (!window.confirm(t('digitaldialoge:dispatchConfirm', { count: summary.total }))) return
    await setStatus(id, 'sending').then(onSent, (error: Error) => setNotice(t('digitaldialoge:dispatchFailed', { message: error.message })))
  }
  return (
    <section aria-labelledby="issue-summary-heading">
      <h3 id="issue-summary-heading">{t('digitaldialoge:dispatchSummary')}</h3>
      <p>{t('digitaldialoge:dispatchRecipients', { count: summary.total })}</p>
      <ul>
        {summary.languages.map((row) => (
          <li key={row.language}>
            {t('digitaldialoge:dispatchLanguageLine', { language: localeLabels[row.language], count: row.readers })}
            {row.mailLanguage !== row.language ? ` → ${localeLabels[row.mailLanguage]}` : ''}
          </li>
        ))}
      </ul>
      <p>
        {summary.fallsBackToGerman.length > 0
          ? t('digitaldialoge:dispatchFallback', { languages: summary.fallsBackToGerman.map((code) => localeLabels[code]).join(', ') })
          : t('digitaldialoge:dispatchNoFallback')}
      </p>
      <Button onClick={() => void send()} disabled={summary.total === 0}>
        {t('digitaldialoge:dispatchSend')}
      </Button>
      <p role="status">{notice}</p>
    </section>
  )
}

function Running({ id, t, onChange }: { id: number | string; t: T; onChange: () => void }) {
  const [progress, setProgress] = useState<Progress | null>(null)
  const [notice, setNotice] = useState('')
  const load = useCallback(() => request<Progress>(api(id, 'progress')).then(setProgress, (error: Error) => setNotice(error.message)), [id])
  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), 2000)
    return () => clearInterval(timer)
  }, [load])
  if (!progress) return <p role="status">{notice}</p>
  const change = (status: string) =>
    setStatus(id, status).then(
      () => (onChange(), load()),
      (error: Error) => setNotice(t('digitaldialoge:dispatchFailed', { message: error.message })),
    )
  const total = progress.pending + progress.sending + progress.sent + progress.failed + progress.skipped
  return (
    <section aria-labelledby="issue-progress-heading">
      <h3 id="issue-progress-heading">{t('digitaldialoge:dispatchHeading')}</h3>
      <progress max={total || 1} value={progress.sent + progress.failed + progress.skipped} style={{ width: '100%' }} aria-labelledby="issue-progress-heading" />
      <p aria-live="polite">
        {t('digitaldialoge:dispatchProgress', { sent: progress.sent, pending: progress.pending + progress.sending, failed: progress.failed, skipped: progress.skipped })}
      </p>
      {progress.status === 'sending' && <Button onClick={() => void change('paused')}>{t('digitaldialoge:dispatchPause')}</Button>}
      {progress.status === 'paused' && <Button onClick={() => void change('sending')}>{t('digitaldialoge:dispatchResume')}</Button>}
      <p role="status">{notice}</p>
    </section>
  )
}

// Beside an issue in the admin: preview in each language, a test send, the audience before
// sending, then progress with pause and resume. Everything goes through the collection's
// endpoints (newsletter/dispatch/endpoints.ts) and its update, under the same access rules.
export function IssueDispatchPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string | null }>()
  // Translators preview their language; sending is the editors' (the endpoints refuse them too).
  const sends = user?.role === 'admin' || user?.role === 'editor'
  const { t } = useTranslation()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const text = t as unknown as T
  if (!id) return <p>{text('digitaldialoge:dispatchSaveFirst')}</p>
  // The form holds the status it loaded; after a change the document is read again.
  const reload = () => window.location.reload()
  return (
    <div style={{ display: 'grid', gap: '1.5rem', marginBlock: '1.5rem' }}>
      <Preview id={id} t={text} />
      {sends && (status === 'draft' || status === 'scheduled') ? <Summary id={id} t={text} onSent={reload} /> : null}
      {sends && (status === 'sending' || status === 'paused' || status === 'sent') ? <Running id={id} t={text} onChange={reload} /> : null}
    </div>
  )
}
