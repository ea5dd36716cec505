import type { Locale } from '../i18n/locales'
import { easyLanguage, signLanguage, statement, type ExplanationsSeed } from './data/accessibility'
import type { PageKey } from './data/types'

type Row = { id?: string | null }

// The structured fields of the statement and the Leichte Sprache / DGS pages in one locale.
// Later locales reuse the rows' ids of the German write (Payload refuses other ids, #13216).
export function bitvFields(key: PageKey, locale: Locale, existing?: Record<string, unknown>): Record<string, unknown> {
  if (key === 'accessibility') {
    const rows = ((existing?.statement as { barriers?: Row[] } | undefined)?.barriers ?? []) as Row[]
    return {
      statement: {
        conformance: statement.conformance,
        method: statement.method,
        preparedOn: statement.preparedOn,
        lastReviewedOn: statement.lastReviewedOn,
        barriers: statement.barriers.map((barrier, i) => ({
          ...(rows[i]?.id ? { id: rows[i].id } : {}),
          content: barrier.content[locale],
          reason: barrier.reason[locale],
          alternative: barrier.alternative[locale],
        })),
        contact: { email: statement.contact.email, address: statement.contact.address[locale] },
      },
    }
  }
  if (key === 'easy-language') return { explanations: explanationsIn(easyLanguage, locale) }
  if (key === 'sign-language') return { explanations: explanationsIn(signLanguage, locale) }
  return {}
}

const explanationsIn = (seed: ExplanationsSeed, locale: Locale) =>
  Object.fromEntries(Object.entries(seed).map(([section, text]) => [section, { text: text[locale] }]))
