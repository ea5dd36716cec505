import { unpublishedFields } from '@/lib/preview/unpublishedFields'

it('a locale never published: every field of the draft is not yet seen by readers', () => {
  expect(unpublishedFields({ title: 'Diálogo', summary: 'Resumen' }, null)).toEqual(['title', 'summary'])
})

it('only the fields whose value differs from the published version count as unpublished', () => {
  const published = { title: 'Diálogo', summary: 'Resumen', milestones: [{ id: 'a', label: 'Fundación' }] }
  const draft = { title: 'Diálogo', summary: 'Resumen nuevo', milestones: [{ id: 'a', label: 'Fundación' }] }
  expect(unpublishedFields(draft, published)).toEqual(['summary'])
})

it('the order of keys (PostgreSQL jsonb) and a related document’s own changes are no change of this document', () => {
  const published = { body: { root: { type: 'root', children: [] } }, dialogue: { id: 7, createdAt: '2026-01-01', title: 'Alt' } }
  const draft = { body: { root: { children: [], type: 'root' } }, dialogue: { id: 7, createdAt: '2026-01-01', title: 'Entwurf' } }
  expect(unpublishedFields(draft, published)).toEqual([])
  expect(unpublishedFields({ ...draft, dialogue: { id: 8, createdAt: '2026-01-01' } }, published)).toEqual(['dialogue'])
})
