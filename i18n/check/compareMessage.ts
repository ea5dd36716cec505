import { messageSignature, type MessageSignature } from './messageSignature'

export type MessageProblemKind = 'syntax' | 'placeholders' | 'tags' | 'markup'

export interface MessageProblem {
  kind: MessageProblemKind
  detail: string
  expected?: string[]
  found?: string[]
}

const list = (items: string[]) => (items.length ? items.join(', ') : 'none')

// One translation against its German signature: valid ICU, the same arguments (with their
// kind) and the same rich-text tags, and no markup besides those tags. Shared by `npm run
// i18n:check`, the admin and imports.
export function compareMessage(expected: Pick<MessageSignature, 'arguments' | 'tags'>, message: string): MessageProblem[] {
  let signature: MessageSignature
  try {
    signature = messageSignature(message)
  } catch (error) {
    return [{ kind: 'syntax', detail: (error as Error).message }]
  }
  const problems: MessageProblem[] = []
  for (const [kind, part] of [['placeholders', 'arguments'], ['tags', 'tags']] as const) {
    if (expected[part].join() === signature[part].join()) continue
    problems.push({ kind, detail: `expected ${list(expected[part])}, found ${list(signature[part])}`, expected: expected[part], found: signature[part] })
  }
  const markup = markupProblem(signature)
  if (markup) problems.push(markup)
  return problems
}

// Markup outside the declared tags is refused in the source and in every translation alike.
export function markupProblem(signature: MessageSignature): MessageProblem | null {
  if (signature.markup.length === 0) return null
  return { kind: 'markup', detail: `markup outside the declared tags: ${signature.markup.join(', ')}`, found: signature.markup }
}
