import type { Messages } from '../check/checkMessages'
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
