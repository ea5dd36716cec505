// The access table as data: tests check every cell of it, docs/access.md shows it.
// yes · no · published (the public sees published documents only) · self (own account only)
// · own-locales (a translator: localized fields in the locales they own, drafts only).
export type Rule = 'yes' | 'no' | 'published' | 'self' | 'own-locales'
export type Actor = 'public' | 'translator' | 'editor' | 'admin'
export type Operation = 'read' | 'create' | 'update' | 'delete'

export const actors: Actor[] = ['public', 'translator', 'editor', 'admin']
export const operations: Operation[] = ['read', 'create', 'update', 'delete']

type Row = Record<Operation, Rule>
const row = (read: Rule, create: Rule, update: Rule, remove: Rule): Row => ({ read, create, update, delete: remove })

const publishedContent = {
  public: row('published', 'no', 'no', 'no'),
  translator: row('yes', 'no', 'own-locales', 'no'),
  editor: row('yes', 'yes', 'yes', 'yes'),
  admin: row('yes', 'yes', 'yes', 'yes'),
}
const openContent = { ...publishedContent, public: row('yes', 'no', 'no', 'no') }

export const accessMatrix = {
  dialogues: publishedContent,
  sessions: publishedContent,
  pages: publishedContent,
  topics: publishedContent,
  stakeholders: publishedContent,
  'workplan-areas': openContent,
  media: openContent,
  // Keys come from messages/*.json (the sync creates them); the site reads them server-side.
  'interface-strings': {
    public: row('no', 'no', 'no', 'no'),
    translator: row('yes', 'no', 'own-locales', 'no'),
    editor: row('yes', 'no', 'yes', 'no'),
    admin: row('yes', 'no', 'yes', 'yes'),
  },
  // Only the double opt-in creates and changes subscribers (newsletter/doubleOptInGuard.ts);
  // admins read, export and erase.
  subscribers: {
    public: row('no', 'no', 'no', 'no'),
    translator: row('no', 'no', 'no', 'no'),
    editor: row('no', 'no', 'no', 'no'),
    admin: row('yes', 'no', 'no', 'yes'),
  },
  // Barrier reports: written only by the form's path (accessibility/submitFeedback.ts); editors
  // fix barriers and answer, so they read reports and set their status; admins also delete.
  'accessibility-feedback': {
    public: row('no', 'no', 'no', 'no'),
    translator: row('no', 'no', 'no', 'no'),
    editor: row('yes', 'no', 'yes', 'no'),
    admin: row('yes', 'no', 'yes', 'yes'),
  },
  users: {
    public: row('no', 'no', 'no', 'no'),
    translator: row('self', 'no', 'self', 'no'),
    editor: row('self', 'no', 'self', 'no'),
    admin: row('yes', 'yes', 'yes', 'yes'),
  },
} satisfies Record<string, Record<Actor, Row>>

export type MatrixCollection = keyof typeof accessMatrix

export function matrixCells() {
  return (Object.keys(accessMatrix) as MatrixCollection[]).flatMap((collection) =>
    actors.flatMap((actor) =>
      operations.map((operation) => ({ collection, actor, operation, rule: accessMatrix[collection][actor][operation] })),
    ),
  )
}

export function matrixAsMarkdown(): string {
  const header = `| collection | ${actors.join(' | ')} |\n| --- | ${actors.map(() => '---').join(' | ')} |`
  const lines = (Object.keys(accessMatrix) as MatrixCollection[]).map((collection) => {
    const cells = actors.map((actor) => operations.map((op) => `${op[0]}:${accessMatrix[collection][actor][op]}`).join(' '))
    return `| ${collection} | ${cells.join(' | ')} |`
  })
  return [header, ...lines].join('\n')
}
