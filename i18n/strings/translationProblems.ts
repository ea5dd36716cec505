import { compareMessage, type MessageProblem } from '../check/compareMessage'
import { messageSignature } from '../check/messageSignature'

// A translation against the German source text that the code was written for. A source that
// is itself broken cannot be compared; `npm run i18n:check` reports it.
export function translationProblems(source: string, translation: string): MessageProblem[] {
  let expected
  try {
    expected = messageSignature(source)
  } catch {
    return []
  }
  return compareMessage(expected, translation)
}
