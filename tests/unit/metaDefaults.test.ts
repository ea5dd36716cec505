import { defaultMetaDescription, defaultMetaTitle } from '@/lib/seo/metaDefaults'

describe("the admin's generated meta title and description", () => {
  it('take the title, or a stakeholder’s name', () => {
    expect(defaultMetaTitle({ title: '  Deutsch-Mexikanischer   Digitaldialog ' })).toBe('Deutsch-Mexikanischer Digitaldialog')
    expect(defaultMetaTitle({ name: 'Secretaría de Economía' })).toBe('Secretaría de Economía')
    expect(defaultMetaTitle(undefined)).toBe('')
  })

  it('take the summary, else the description, cut at a word within 160 characters', () => {
    expect(defaultMetaDescription({ summary: 'Kurz.', description: 'Lang' })).toBe('Kurz.')
    expect(defaultMetaDescription({ description: 'Beschreibung' })).toBe('Beschreibung')
    const long = defaultMetaDescription({ summary: 'Wort '.repeat(60) })
    expect(long.length).toBeLessThanOrEqual(160)
    expect(long).toMatch(/Wort…$/)
  })
})
