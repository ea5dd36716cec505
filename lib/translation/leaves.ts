import type { Field } from 'payload'
import { walkFields } from '@/fields/walkFields'
import { isTranslatable } from '@/i18n/strings/localizedLeaves'
import { stableKey } from './stableKey'

export { stableKey }

export interface Leaf {
  // Stable across reordering: array rows are named by their id, e.g. `milestones.65f…a.label`.
  key: string
  // Where the value sits in the document as read, e.g. `milestones.1.label`.
  path: string
  value: unknown
}

// The translatable texts of a document read in one locale — localized text, textarea and
// rich-text fields, inside groups, tabs and shared array rows too — that `doc` holds (a partial
// write holds only what it sends). Rich text is one value.
export function translatableLeaves(fields: Field[], doc: Record<string, unknown> | null | undefined): Leaf[] {
  const leaves: Leaf[] = []
  walkFields(fields, doc, ({ field, path, value, siblings }) => {
    if (!(field.name in siblings)) return false
    if (!field.localized) return true
    if (isTranslatable(field)) leaves.push({ key: stableKey(doc, path), path, value })
    return false
  })
  return leaves
}

export const sameText = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
