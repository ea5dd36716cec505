// Rich text (Lexical JSON) for an agency: each block that holds text (paragraph, heading, list
// item, quote) is one XLIFF unit; inside it every text node is a `<pc>` (paired code) and every
// other inline node (line break, tab …) a `<ph>` (placeholder), numbered in document order. The
// translation fills the text nodes of a copy of the German tree, so formatting, links and
// structure stay the German ones whatever the file says.

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }

export type Inline = { kind: 'text'; id: string; text: string } | { kind: 'placeholder'; id: string }

export interface Block {
  // Child indexes from the root, e.g. "2.0" (the first item of the third node, a list).
  at: string
  inline: Inline[]
}

const holdsText = (node: LexicalNode) =>
  Array.isArray(node.children) && node.children.some((child) => child.type === 'text' || child.type === 'linebreak' || child.type === 'tab')

const rootOf = (value: unknown): LexicalNode | null => {
  const root = (value as { root?: LexicalNode } | null)?.root
  return root && Array.isArray(root.children) ? root : null
}

// The inline leaves of a block in order: text nodes, and nodes without children (placeholders);
// a link's text nodes count as the block's own.
function inlineLeaves(node: LexicalNode): LexicalNode[] {
  return (node.children ?? []).flatMap((child) => (child.type === 'text' ? [child] : Array.isArray(child.children) ? inlineLeaves(child) : [child]))
}

export function blocksOf(value: unknown): Block[] {
  const root = rootOf(value)
  if (!root) return []
  const blocks: Block[] = []
  const visit = (node: LexicalNode, at: string) => {
    if (holdsText(node)) {
      const inline = inlineLeaves(node).map((leaf, i): Inline =>
        leaf.type === 'text' ? { kind: 'text', id: String(i + 1), text: leaf.text ?? '' } : { kind: 'placeholder', id: String(i + 1) },
      )
      if (inline.some((part) => part.kind === 'text' && part.text.trim() !== '')) blocks.push({ at, inline })
      return
    }
    ;(node.children ?? []).forEach((child, i) => visit(child, at === '' ? String(i) : `${at}.${i}`))
  }
  root.children!.forEach((child, i) => visit(child, String(i)))
  return blocks
}

// A copy of the German rich text with each block's text nodes replaced by the translation
// (by block and text id). Blocks without a translation keep the German text.
export function translatedRichText(german: unknown, translations: Map<string, Map<string, string>>): unknown {
  const copy = structuredClone(german) as { root: LexicalNode }
  const root = rootOf(copy)
  if (!root) return copy
  const visit = (node: LexicalNode, at: string) => {
    if (holdsText(node)) {
      const texts = translations.get(at)
      if (texts) inlineLeaves(node).forEach((leaf, i) => {
        const text = texts.get(String(i + 1))
        if (leaf.type === 'text' && text !== undefined) leaf.text = text
      })
      return
    }
    ;(node.children ?? []).forEach((child, i) => visit(child, at === '' ? String(i) : `${at}.${i}`))
  }
  root.children!.forEach((child, i) => visit(child, String(i)))
  return copy
}
