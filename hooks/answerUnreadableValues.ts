import type { AfterErrorHook } from 'payload'

// SQLSTATE class 22 ("data exception"): PostgreSQL could not read a value as its column's
// type — an id past int4, "abc" for an id in `where[id][in]`, a NUL in a slug, a date that is
// none, `near` on a text field (22P02, 22003, 22021, 22007, 22008 …). Payload passes such
// `where` values through, so they came back as 500s; they are the client's values, so 400.
// The error itself is still logged by Payload before this hook runs.
const dataException = (error: unknown): boolean => {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown; originalError?: unknown }).cause ?? (cause as { originalError?: unknown }).originalError, depth++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true
  }
  return false
}

const text = { de: 'Ein Wert der Anfrage ist für dieses Feld ungültig.', es: 'Un valor de la solicitud no es válido para este campo.', en: 'A value in the request is not valid for this field.' }

export const answerUnreadableValues: AfterErrorHook = ({ error, req, graphqlResult }) => {
  if (!dataException(error)) return
  const language = req.i18n?.language
  const message = language === 'es' || language === 'en' ? text[language] : text.de
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { status: 400, response: { errors: [{ message }] } }
}
