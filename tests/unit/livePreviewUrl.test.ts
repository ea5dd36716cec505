import { livePreviewUrl } from '@/lib/preview/livePreviewUrl'

describe('live preview address', () => {
  it('leads to the preview route of the document in the admin locale (given as an object)', () => {
    expect(livePreviewUrl({ collectionConfig: { slug: 'sessions' }, data: { id: 7 }, locale: { code: 'es' } })).toBe('/es/preview/sessions/7')
  })

  it('falls back to German for an unknown locale and to the home page for other collections', () => {
    expect(livePreviewUrl({ collectionConfig: { slug: 'pages' }, data: { id: 3 }, locale: 'xx' })).toBe('/de/preview/pages/3')
    expect(livePreviewUrl({ collectionConfig: { slug: 'topics' }, data: { id: 3 }, locale: 'en' })).toBe('/en/preview/topics/3')
    expect(livePreviewUrl({ collectionConfig: { slug: 'workplan-areas' }, data: { id: 3 }, locale: 'en' })).toBe('/de')
  })

  it('is absolute where the site has an address: the admin posts each save to that origin', () => {
    const req = { payload: { config: { serverURL: 'https://www.example.org' } } }
    expect(livePreviewUrl({ collectionConfig: { slug: 'dialogues' }, data: { id: 4 }, locale: { code: 'es' }, req })).toBe('https://www.example.org/es/preview/dialogues/4')
  })
})
