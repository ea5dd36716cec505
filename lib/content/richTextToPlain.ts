// The words of a Lexical rich text as plain text: text nodes joined, one line per block, so a
// copy of a notice reads as the page did (links keep their words, formatting is dropped).
interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list'])

function walk(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const inner = (node.children ?? []).map(walk).join('')
  return blockTypes.has(node.type ?? '') ? `${inner}\n` : inner
}

export function richTextToPlain(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  return walk(root).replace(/\n{3,}/g, '\n\n').trim()
}
