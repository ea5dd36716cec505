import type { Payload } from 'payload'
import { flatten } from '../check/checkMessages'
import { defaultLocale, locales, type Locale } from '../locales'
import { inGermanOrder, type MessageFiles } from './messageFiles'
import { storedValues } from '../../lib/content/queries/interfaceStrings'
import { translationProblems } from './translationProblems'

export interface ExportReport {
  messages: MessageFiles
  changed: Record<Locale, string[]>
}

// The files as they should be after the admin's edits: every locale in the German file's key
// order (so a diff shows only the changed lines), saved values where there are any, the file's
// text elsewhere. German goes first, and translations are checked against the new German.
export async function exportInterfaceStrings(payload: Payload, files: MessageFiles): Promise<ExportReport> {
  const germanValues = await storedValues(payload, defaultLocale)
  const germanFile = flatten(files.de)
  const german = inGermanOrder(files.de, (key) => germanValues.get(key) ?? (germanFile.get(key) as string | undefined))
  const germanFlat = flatten(german)
  const messages = { de: german } as MessageFiles
  const changed = { de: [], es: [], en: [] } as Record<Locale, string[]>

  for (const locale of locales) {
    const file = flatten(files[locale])
    if (locale !== defaultLocale) {
      const saved = await storedValues(payload, locale)
      messages[locale] = inGermanOrder(files.de, (key) => {
        const value = saved.get(key)
        const source = germanFlat.get(key) as string
        return value !== undefined && translationProblems(source, value).length === 0 ? value : (file.get(key) as string | undefined)
      })
    }
    for (const [key, value] of flatten(messages[locale])) if (file.get(key) !== value) changed[locale].push(key)
  }
  return { messages, changed }
}
