// What the admin's "generate" buttons fill into an empty meta title and description: the
// document's own title (Stakeholders call it name) and its summary (or description), cut to
// the length search engines show.
const descriptionLimit = 160

type Draft = Record<string, unknown> | null | undefined

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : undefined

export function defaultMetaTitle(doc: Draft): string {
  return text(doc?.title) ?? text(doc?.name) ?? ''
}

export function defaultMetaDescription(doc: Draft): string {
  const source = text(doc?.summary) ?? text(doc?.description) ?? ''
  if (source.length <= descriptionLimit) return source
  const cut = source.slice(0, descriptionLimit - 1)
  const atWord = cut.slice(0, cut.lastIndexOf(' ')) || cut
  return `${atWord.replace(/[\s,;:.–-]+$/, '')}…`
}
