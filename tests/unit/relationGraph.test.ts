import { deriveRelations, type Relation } from '@/lib/cache/relationGraph'

// Field configs as a project would write them, for collections that need not exist here.
const collection = (slug: string, fields: object[]) => ({ slug, fields })
const global = (slug: string, fields: object[]) => ({ slug, fields })
const quote = { slug: 'quote', fields: [{ name: 'speaker', type: 'relationship', relationTo: 'people' }] }

const brief = ({ from, path, to, via, localized, inRows, hasMany, polymorphic }: Relation) =>
  `${'collection' in from ? from.collection : `global ${from.global}`}.${path} → ${to} (${[via, localized && 'localized', inRows && 'rows', hasMany && 'many', polymorphic && 'polymorphic'].filter(Boolean).join(', ')})`

describe('the relation graph read from a Payload config', () => {
  it('finds relationship, upload and join fields wherever they sit: groups, arrays, blocks, tabs, rows, collapsibles', () => {
    const relations = deriveRelations({
      blocks: [quote],
      collections: [
        collection('articles', [
          { name: 'author', type: 'relationship', relationTo: 'people', required: true },
          { name: 'meta', type: 'group', localized: true, fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
          { type: 'group', label: 'Unnamed', fields: [{ name: 'cover', type: 'upload', relationTo: 'media' }] } ,
          { name: 'gallery', type: 'array', fields: [{ name: 'picture', type: 'upload', relationTo: 'media', hasMany: true }] },
          { name: 'layout', type: 'blocks', blocks: [{ slug: 'figure', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] }], blockReferences: undefined },
          { name: 'more', type: 'blocks', blocks: [], blockReferences: ['quote'] },
          {
            type: 'tabs',
            tabs: [
              { label: 'Plain', fields: [{ name: 'related', type: 'relationship', relationTo: ['articles', 'people'] }] },
              { name: 'seo', fields: [{ name: 'og', type: 'upload', relationTo: 'media' }] },
            ],
          },
          { type: 'row', fields: [{ type: 'collapsible', label: 'x', fields: [{ name: 'editor', type: 'relationship', relationTo: 'people' }] }] },
          { name: 'comments', type: 'join', collection: 'comments', on: 'article' },
          { name: 'title', type: 'text' },
        ]),
        collection('payload-locked-documents', [{ name: 'document', type: 'relationship', relationTo: ['articles'] }]),
      ],
      globals: [global('footer', [{ name: 'links', type: 'array', fields: [{ name: 'page', type: 'relationship', relationTo: 'articles' }] }])],
    } as never)
    expect(relations.map(brief)).toEqual([
      'articles.author → people (relationship)',
      'articles.meta.image → media (upload, localized)',
      'articles.cover → media (upload)',
      'articles.gallery.picture → media (upload, rows, many)',
      'articles.layout.image → media (upload, rows)',
      'articles.more.speaker → people (relationship, rows)',
      'articles.related → articles (relationship, polymorphic)',
      'articles.related → people (relationship, polymorphic)',
      'articles.seo.og → media (upload)',
      'articles.editor → people (relationship)',
      'articles.comments → comments (join, many)',
      'global footer.links.page → articles (relationship, rows)',
    ])
    expect(relations.find((relation) => relation.path === 'comments')?.on).toBe('article')
    expect(relations.find((relation) => relation.path === 'author')?.required).toBe(true)
  })
})
