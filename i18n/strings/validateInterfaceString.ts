import type { TextareaFieldValidation } from 'payload'
import { adminText } from '../adminTranslations'
import { describeProblems } from './describeProblems'
import { translationProblems } from './translationProblems'

// Saving a broken string would break every page that uses it, so the admin refuses it and
// says why, in the editor's language. An empty value means "not translated": the site then
// shows the text from messages/<locale>.json.
export const validateInterfaceString: TextareaFieldValidation = (value, { data, req }) => {
  if (value == null || value === '') return true
  const source = (data as { source?: unknown } | undefined)?.source
  if (typeof source !== 'string') return true
  const problems = translationProblems(source, value)
  return problems.length === 0 ? true : describeProblems(problems, adminText(req))
}
