'use client'
import { useDocumentInfo, useField, useForm, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { AdminTextKey } from '@/i18n/adminTranslations'
import { stableKey } from '@/lib/translation/stableKey'
import type { TranslationSources } from '@/lib/translation/sources'

type Doc = Record<string, unknown> & { translationSources?: TranslationSources | null }

// One request per document and page load, shared by every field's panel.
const germanDocuments = new Map<string, Promise<Doc | null>>()

function germanDocument(collection: string, id: string | number): Promise<Doc | null> {
  const address = `/api/${collection}/${id}?locale=de&fallback-locale=none&draft=true&depth=0`
  let pending = germanDocuments.get(address)
  if (!pending) {
    pending = fetch(address, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Doc>) : null))
      .catch(() => null)
    germanDocuments.set(address, pending)
  }
  return pending
}

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

const isRichText = (value: unknown): boolean => Boolean(value && typeof value === 'object' && 'root' in value)

// Rich text as its paragraphs' plain text.
function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  const paragraphs: string[] = []
  const walk = (node: { type?: string; text?: string; children?: unknown[] }, into: string[]) => {
    if (node.type === 'text') into.push(node.text ?? '')
    for (const child of node.children ?? []) walk(child as never, into)
  }
  for (const block of ((value as { root?: { children?: unknown[] } } | null)?.root?.children ?? []) as never[]) {
    const texts: string[] = []
    walk(block, texts)
    paragraphs.push(texts.join(''))
  }
  return paragraphs.join('\n')
}

// Beside each translatable field (collections/withTranslationWorkflow) while a document is
// edited in Spanish or English: the German text it is translated from, what that text was
// when this translation was last saved (where the German text has changed since), and a
// button that copies the German text into the field as a starting point.
export function GermanSource({ path: pathProp }: { path?: string }) {
  const { code: locale } = useLocale()
  const { id, collectionSlug } = useDocumentInfo()
  const { path, setValue } = useField<unknown>({ path: pathProp })
  const { dispatchFields, setModified } = useForm()
  const { t: translate } = useTranslation()
  const t = translate as unknown as (key: AdminTextKey) => string
  const [german, setGerman] = useState<Doc | null>(null)
  useEffect(() => {
    if (locale === 'de' || !id || !collectionSlug) return
    let current = true
    void germanDocument(collectionSlug, id).then((doc) => current && setGerman(doc))
    return () => {
      current = false
    }
  }, [locale, id, collectionSlug])
  if (locale === 'de' || !german || !path) return null
  const source = valueAt(german, path)
  const text = plainText(source)
  if (text.trim() === '') return null
  const recorded = german.translationSources?.[locale as 'es' | 'en']
  const key = stableKey(german, path)
  const earlier = recorded && key in recorded && JSON.stringify(recorded[key]) !== JSON.stringify(source) ? plainText(recorded[key]) : null
  // The Lexical editor takes its value from the form only when the field's initial value
  // changes (it keeps its own state while one types): a rich text is set as both, and the form
  // marked changed, so the editor shows the German text and a save sends it.
  const copy = () => {
    if (typeof source === 'string') return setValue(source)
    dispatchFields({ type: 'UPDATE', path, value: source, initialValue: source })
    setModified(true)
  }
  return (
    <div className="dd-german-source" data-path={path} style={{ marginBlock: '0.5rem', padding: '0.5rem 0.75rem', borderInlineStart: '3px solid var(--theme-elevation-400)', background: 'var(--theme-elevation-50)' }}>
      <p style={{ margin: 0, fontWeight: 600 }}>{t('digitaldialoge:germanSource')}</p>
      <p lang="de" style={{ margin: '0.25rem 0', whiteSpace: 'pre-wrap' }} data-german-text>
        {text}
      </p>
      {earlier !== null && (
        <p style={{ margin: '0.25rem 0' }} data-outdated>
          <strong>{t('digitaldialoge:germanChanged')}</strong>{' '}
          <span lang="de" style={{ whiteSpace: 'pre-wrap' }}>
            <del>{earlier}</del>
          </span>
        </p>
      )}
      {(typeof source === 'string' || isRichText(source)) && (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={copy}>
          {t('digitaldialoge:copyGerman')}
        </button>
      )}
    </div>
  )
}
