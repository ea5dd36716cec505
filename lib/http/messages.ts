import type { Locale } from '../../i18n/locales'

// What the boundary checks of lib/http say, in the reader's or editor's language. Payload's
// own translations have no words for these; the wording follows theirs (error:invalidRequestArgs).
export type BadInput =
  | { kind: 'escape' }
  | { kind: 'json' }
  | { kind: 'nesting'; limit: number }
  | { kind: 'graphql'; reason: string }
  | { kind: 'multipart' }
  | { kind: 'parameter'; name: string; allowed: string }

const texts: Record<Locale, { [K in BadInput['kind']]: string }> = {
  de: {
    escape: 'Die Adresse enthält eine ungültige Prozent-Kodierung.',
    json: 'Der Inhalt der Anfrage ist kein gültiges JSON-Objekt.',
    nesting: 'Der Inhalt der Anfrage ist zu tief verschachtelt (höchstens {limit} Ebenen).',
    graphql: 'Ungültige GraphQL-Abfrage: {reason}',
    multipart: 'Der Inhalt der Anfrage ist kein gültiges Formular (multipart/form-data).',
    parameter: 'Ungültiger Parameter „{name}“. Erlaubt: {allowed}.',
  },
  es: {
    escape: 'La dirección contiene una codificación porcentual no válida.',
    json: 'El contenido de la solicitud no es un objeto JSON válido.',
    nesting: 'El contenido de la solicitud está anidado demasiado (como máximo {limit} niveles).',
    graphql: 'Consulta GraphQL no válida: {reason}',
    multipart: 'El contenido de la solicitud no es un formulario válido (multipart/form-data).',
    parameter: 'Parámetro «{name}» no válido. Permitido: {allowed}.',
  },
  en: {
    escape: 'The address contains an invalid percent-encoding.',
    json: 'The request body is not a valid JSON object.',
    nesting: 'The request body is nested too deeply (at most {limit} levels).',
    graphql: 'Invalid GraphQL query: {reason}',
    multipart: 'The request body is not a valid form (multipart/form-data).',
    parameter: 'Invalid parameter "{name}". Allowed: {allowed}.',
  },
}

export function badInputMessage(problem: BadInput, language: Locale): string {
  const text = texts[language][problem.kind]
  if (problem.kind === 'parameter') return text.replace('{name}', problem.name).replace('{allowed}', problem.allowed)
  if (problem.kind === 'graphql') return text.replace('{reason}', problem.reason)
  return problem.kind === 'nesting' ? text.replace('{limit}', String(problem.limit)) : text
}
