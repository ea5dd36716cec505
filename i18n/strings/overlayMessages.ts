import type { Messages } from '../check/checkMessages'
import german from '../../messages/de.json' with { type: 'json' }
import { translationProblems } from './translationProblems'

// The locale's JSON messages with the admin's edits laid over them. An edit is used only if
// its key is still in the file and it still fits the German text the code now passes
// arguments for — a stale edit must never break a page, so the file's text wins then.
export function overlayMessages(messages: Messages, german: Messages, edits: Record<string, string>, prefix = ''): Messages {
  const out: Messages = {}
  for (const [name, value] of Object.entries(messages)) {
    const key = prefix ? `${prefix}.${name}` : name
    const source = german[name]
    if (value && typeof value === 'object') {
      out[name] = overlayMessages(value, source && typeof source === 'object' ? source : {}, edits, key)
      continue
    }
    const edit = edits[key]
    const fits = edit !== undefined && typeof source === 'string' && translationProblems(source, edit).length === 0
    out[name] = fits ? edit : value
  }
  return out
}

// The edits read by `readEdits` laid over the file's messages. Without them (no database: a
// build, an outage) the file alone answers, and `onUnavailable` hears why.
export async function messagesWithEdits<M extends Messages>(
  messages: M,
  readEdits: () => Promise<Record<string, string>>,
  onUnavailable: (message: string) => void,
): Promise<M> {
  try {
    return overlayMessages(messages, german, await readEdits()) as M
  } catch (error) {
    onUnavailable(`interface strings from the admin unavailable: ${(error as Error).message}`)
    return messages
  }
}
