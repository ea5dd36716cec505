import type { TFunction } from '@payloadcms/translations'
import type { AdminTextKey } from '../adminTranslations'
import type { MessageProblem } from '../check/compareMessage'

const keys: Record<MessageProblem['kind'], AdminTextKey> = {
  syntax: 'digitaldialoge:icuSyntax',
  placeholders: 'digitaldialoge:icuPlaceholders',
  tags: 'digitaldialoge:icuTags',
  markup: 'digitaldialoge:icuMarkup',
}

// Arguments are shown as translators write them: {name}, {count, plural}; tags as <link>.
const shown = (item: string) => {
  const [name, kind] = item.split(':')
  if (!kind) return `<${name}>`
  return kind === 'argument' ? `{${name}}` : `{${name}, ${kind}}`
}

// What a translator reads when a save or import is refused, in the admin's language (`t`).
export function describeProblems(problems: MessageProblem[], t: TFunction<AdminTextKey>): string {
  const list = (items?: string[]) => (items && items.length ? items.map(shown).join(', ') : t('digitaldialoge:icuNone'))
  // Markup is quoted as found: shown() would rewrite "<img …>" as if it were a declared tag.
  const quoted = (items?: string[]) => (items ?? []).map((item) => `"${item}"`).join(', ')
  return problems
    .map((problem) =>
      t(keys[problem.kind], {
        detail: problem.detail,
        expected: list(problem.expected),
        found: problem.kind === 'markup' ? quoted(problem.found) : list(problem.found),
      }),
    )
    .join(' ')
}
