import type { MessageProblem } from '../check/compareMessage'

type Language = 'de' | 'es' | 'en'

const none = { de: 'keine', es: 'ninguno', en: 'none' }
const quoted = (items?: string[]) => (items ?? []).map((item) => `"${item}"`).join(', ')

const texts: Record<Language, Record<MessageProblem['kind'], (p: MessageProblem, list: (items?: string[]) => string) => string>> = {
  de: {
    syntax: (p) => `Der Text ist keine gültige ICU-Nachricht (${p.detail}). Prüfen Sie geschweifte Klammern und Apostrophe.`,
    placeholders: (p, list) => `Die Platzhalter müssen dem deutschen Text entsprechen: erwartet ${list(p.expected)}, gefunden ${list(p.found)}.`,
    tags: (p, list) => `Die Auszeichnungen müssen dem deutschen Text entsprechen: erwartet ${list(p.expected)}, gefunden ${list(p.found)}.`,
    markup: (p) => `Der Text enthält HTML-Auszeichnung, die der deutsche Text nicht vorsieht: ${quoted(p.found)}. Erlaubt sind nur die Auszeichnungen des deutschen Textes; ein „<“ vor einem Buchstaben ist nicht erlaubt.`,
  },
  es: {
    syntax: (p) => `El texto no es un mensaje ICU válido (${p.detail}). Revise las llaves y los apóstrofos.`,
    placeholders: (p, list) => `Los marcadores deben coincidir con el texto alemán: se esperaba ${list(p.expected)}, se encontró ${list(p.found)}.`,
    tags: (p, list) => `Las etiquetas deben coincidir con el texto alemán: se esperaba ${list(p.expected)}, se encontró ${list(p.found)}.`,
    markup: (p) => `El texto contiene marcado HTML que el texto alemán no prevé: ${quoted(p.found)}. Solo se permiten las etiquetas del texto alemán; no se admite «<» delante de una letra.`,
  },
  en: {
    syntax: (p) => `The text is not a valid ICU message (${p.detail}). Check curly braces and apostrophes.`,
    placeholders: (p, list) => `Placeholders must match the German text: expected ${list(p.expected)}, found ${list(p.found)}.`,
    tags: (p, list) => `Tags must match the German text: expected ${list(p.expected)}, found ${list(p.found)}.`,
    markup: (p) => `The text contains HTML markup the German text does not declare: ${quoted(p.found)}. Only the German text's tags are allowed; "<" before a letter is not.`,
  },
}

// Arguments are shown as translators write them: {name}, {count, plural}; tags as <link>.
const shown = (item: string) => {
  const [name, kind] = item.split(':')
  if (!kind) return `<${name}>`
  return kind === 'argument' ? `{${name}}` : `{${name}, ${kind}}`
}

// What a translator reads when a save or import is refused, in the admin's language.
export function describeProblems(problems: MessageProblem[], language: string | undefined): string {
  const lang: Language = language === 'es' || language === 'en' ? language : 'de'
  const list = (items?: string[]) => (items && items.length ? items.map(shown).join(', ') : none[lang])
  return problems.map((problem) => texts[lang][problem.kind](problem, list)).join(' ')
}
