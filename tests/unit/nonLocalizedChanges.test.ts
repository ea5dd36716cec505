import type { Field } from 'payload'
import { walkFields } from '@/fields/walkFields'
import { nonLocalizedChanges } from '@/hooks/nonLocalizedChanges'

// A schema with what ours does not (yet) have: blocks, a localized array, tabs, a collapsible.
const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      { slug: 'quote', fields: [{ name: 'text', type: 'text', localized: true }, { name: 'year', type: 'number' }] },
      { slug: 'image', fields: [{ name: 'caption', type: 'text', localized: true }] },
    ],
  },
  { name: 'links', type: 'array', localized: true, fields: [{ name: 'label', type: 'text' }] },
  {
    type: 'tabs',
    tabs: [
      { name: 'meta', fields: [{ name: 'code', type: 'text' }, { name: 'note', type: 'text', localized: true }] },
      { label: 'More', fields: [{ type: 'collapsible', label: 'x', fields: [{ name: 'order', type: 'number' }] }] },
    ],
  },
]

const original = {
  title: 'Titel',
  layout: [
    { id: 'b1', blockType: 'quote', text: 'Zitat', year: 2020 },
    { id: 'b2', blockType: 'image', caption: 'Bild' },
  ],
  links: [{ id: 'l1', label: 'Eins' }],
  meta: { code: 'MX', note: 'Hinweis' },
  order: 1,
}

describe('nonLocalizedChanges', () => {
  it('lets a translation of localized texts through, in blocks and tabs too', () => {
    const data = {
      title: 'Título',
      layout: [
        { id: 'b1', blockType: 'quote', text: 'Cita', year: 2020 },
        { id: 'b2', blockType: 'image', caption: 'Imagen' },
      ],
      meta: { code: 'MX', note: 'Nota' },
      order: 1,
    }
    expect(nonLocalizedChanges(fields, data, original)).toEqual([])
  })

  it('names a changed non-localized value inside a block, a named tab and a collapsible', () => {
    const data = {
      layout: [
        { id: 'b1', blockType: 'quote', text: 'Cita', year: 1999 },
        { id: 'b2', blockType: 'image', caption: 'Imagen' },
      ],
      meta: { code: 'BR' },
      order: 2,
    }
    expect(nonLocalizedChanges(fields, data, original)).toEqual(['layout.0.year', 'meta.code', 'order'])
  })

  it.each([
    ['reordered', [original.layout[1], original.layout[0]]],
    ['with another block type under a row’s id', [original.layout[0], { id: 'b2', blockType: 'quote', text: 'x' }]],
    ['a row dropped', [original.layout[0]]],
    ['a row without its id', [{ ...original.layout[0], id: undefined }, original.layout[1]]],
  ])('refuses shared block rows %s', (_case, layout) => {
    expect(nonLocalizedChanges(fields, { layout }, original)).toEqual(['layout'])
  })

  it('lets a localized array grow in its own locale, but not take rows of another locale', () => {
    expect(nonLocalizedChanges(fields, { links: [{ id: 'l1', label: 'Uno' }, { label: 'Dos' }] }, original)).toEqual([])
    expect(nonLocalizedChanges(fields, { links: [{ id: 'de-row', label: 'Uno' }] }, original)).toEqual(['links'])
  })

  it('ignores fields that were not sent', () => {
    expect(nonLocalizedChanges(fields, { title: 'Título' }, original)).toEqual([])
  })
})

describe('walkFields', () => {
  it('visits every value with its path, through layout, tabs, groups, rows and blocks', () => {
    const paths: string[] = []
    walkFields(fields, original, ({ path }) => {
      paths.push(path)
      return true
    })
    expect(paths).toEqual([
      'title',
      'layout',
      'layout.0.text',
      'layout.0.year',
      'layout.1.caption',
      'links',
      'links.0.label',
      'meta',
      'meta.code',
      'meta.note',
      'order',
    ])
  })
})
