// Every reader page type of a locale, found the way a reader finds them: by following links
// from the dialogue page and the lists. Shared by the browser tests and the page benches.
export const locales = ['de', 'es', 'en'] as const
export type ReaderLocale = (typeof locales)[number]

export const segments = {
  de: { dialogue: '/de/dialoge/mexiko', sessions: 'sitzungen', topics: 'themen', stakeholders: 'institutionen' },
  es: { dialogue: '/es/dialogos/mexico', sessions: 'sesiones', topics: 'temas', stakeholders: 'instituciones' },
  en: { dialogue: '/en/dialogues/mexico', sessions: 'sessions', topics: 'topics', stakeholders: 'stakeholders' },
} as const

const firstLink = (html: string, prefix: string) => html.match(new RegExp(`href="(${prefix}[^"#]+)"`))?.[1]

// Page type → path; "not found" answers 404, every other one 200.
export async function readerPageTypes(base: string, locale: ReaderLocale): Promise<Record<string, string>> {
  const s = segments[locale]
  const text = async (path: string) => (await fetch(base + path)).text()
  const sessions = `${s.dialogue}/${s.sessions}`
  const [dialogueHtml, sessionsHtml] = await Promise.all([text(s.dialogue), text(sessions)])
  const footer = dialogueHtml.slice(dialogueHtml.indexOf('<footer'))
  const found = (type: string, path: string | undefined) => {
    if (!path) throw new Error(`no link to a ${type} page found in ${locale}`)
    return path
  }
  return {
    home: `/${locale}`,
    dialogue: s.dialogue,
    sessions,
    session: found('session', firstLink(sessionsHtml.slice(sessionsHtml.indexOf('<main')), `/${locale}/${s.sessions}/`)),
    topics: `/${locale}/${s.topics}`,
    topic: found('topic', firstLink(dialogueHtml.slice(dialogueHtml.indexOf('<main')), `/${locale}/${s.topics}/`)),
    stakeholders: `/${locale}/${s.stakeholders}`,
    stakeholder: found('stakeholder', firstLink(dialogueHtml.slice(dialogueHtml.indexOf('<main')), `/${locale}/${s.stakeholders}/`)),
    legal: found('legal', firstLink(footer, `/${locale}/`)),
    newsletter: `/${locale}/newsletter`,
    'newsletter result': `/${locale}/newsletter/check-mail`,
    'not found': `/${locale}/gibt-es-nicht`,
  }
}
