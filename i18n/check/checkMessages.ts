import { compareMessage, markupProblem } from './compareMessage'
import { messageSignature } from './messageSignature'

export type Messages = { [key: string]: string | Messages }
export type ProblemKind = 'missing' | 'extra' | 'syntax' | 'placeholders' | 'tags' | 'markup' | 'empty' | 'not-text'

export interface Problem {
  locale: string
  key: string
  kind: ProblemKind
  detail: string
}

export function flatten(messages: Messages, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of flatten(value as Messages, path)) flat.set(inner, innerValue)
    } else flat.set(path, value)
  }
  return flat
}

// Every locale against the German source: same keys, valid ICU, same arguments and tags, no
// markup besides the declared tags, no empty strings. The source itself is checked for
// syntax, markup and emptiness too.
export function checkMessages(source: Messages, translations: Record<string, Messages>, sourceLocale = 'de'): Problem[] {
  const problems: Problem[] = []
  const sourceFlat = flatten(source)
  const signatures = new Map<string, ReturnType<typeof messageSignature>>()

  for (const [key, value] of sourceFlat) {
    if (typeof value !== 'string') problems.push({ locale: sourceLocale, key, kind: 'not-text', detail: typeof value })
    else if (value.trim() === '') problems.push({ locale: sourceLocale, key, kind: 'empty', detail: 'empty string' })
    else {
      try {
        const signature = messageSignature(value)
        signatures.set(key, signature)
        const markup = markupProblem(signature)
        if (markup) problems.push({ locale: sourceLocale, key, kind: 'markup', detail: markup.detail })
      } catch (error) {
        problems.push({ locale: sourceLocale, key, kind: 'syntax', detail: (error as Error).message })
      }
    }
  }

  for (const [locale, messages] of Object.entries(translations)) {
    const flat = flatten(messages)
    for (const key of sourceFlat.keys()) {
      if (!flat.has(key)) problems.push({ locale, key, kind: 'missing', detail: `in ${sourceLocale}, not in ${locale}` })
    }
    for (const [key, value] of flat) {
      if (!sourceFlat.has(key)) {
        problems.push({ locale, key, kind: 'extra', detail: `not in ${sourceLocale}` })
        continue
      }
      if (typeof value !== 'string') {
        problems.push({ locale, key, kind: 'not-text', detail: typeof value })
        continue
      }
      if (value.trim() === '') {
        problems.push({ locale, key, kind: 'empty', detail: 'empty string' })
        continue
      }
      const expected = signatures.get(key)
      for (const problem of compareMessage(expected ?? { arguments: [], tags: [] }, value)) {
        // Parity needs a valid German source; the source's own error is reported above.
        if (expected || problem.kind === 'syntax') problems.push({ locale, key, kind: problem.kind, detail: problem.detail })
      }
    }
  }
  return problems
}
