import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Messages } from '../check/checkMessages'
import { locales, type Locale } from '../locales'

export const messagesDir = path.resolve(process.cwd(), 'messages')

export type MessageFiles = Record<Locale, Messages>

export async function readMessageFiles(dir = messagesDir): Promise<MessageFiles> {
  const entries = await Promise.all(
    locales.map(async (locale) => [locale, JSON.parse(await readFile(path.join(dir, `${locale}.json`), 'utf8'))] as const),
  )
  return Object.fromEntries(entries) as MessageFiles
}

export type Descriptions = Record<string, string>

// Notes for translators, by key (messages/descriptions.json); optional.
export async function readDescriptions(dir = messagesDir): Promise<Descriptions> {
  try {
    return JSON.parse(await readFile(path.join(dir, 'descriptions.json'), 'utf8')) as Descriptions
  } catch (error) {
    // The file is optional; a file that is there but broken is an error someone must see.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}

// Two-space JSON with a final newline, as the files are written by hand: exports diff cleanly.
export async function writeMessageFile(dir: string, locale: Locale, messages: Messages): Promise<void> {
  await writeFile(path.join(dir, `${locale}.json`), `${JSON.stringify(messages, null, 2)}\n`)
}

// Nested messages rebuilt in the German file's key order, with each leaf from `valueOf`;
// a key without a value is left out (and then reported by `npm run i18n:check`).
export function inGermanOrder(source: Messages, valueOf: (key: string) => string | undefined, prefix = ''): Messages {
  const out: Messages = {}
  for (const [name, value] of Object.entries(source)) {
    const key = prefix ? `${prefix}.${name}` : name
    if (value && typeof value === 'object') {
      const inner = inGermanOrder(value, valueOf, key)
      if (Object.keys(inner).length > 0) out[name] = inner
    } else {
      const text = valueOf(key)
      if (text !== undefined) out[name] = text
    }
  }
  return out
}
