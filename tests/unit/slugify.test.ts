import { slugify, slugPattern } from '@/lib/slugify'

describe('slugify', () => {
  it.each([
    ['Digitale Inklusion', 'digitale-inklusion'],
    ['Política digital', 'politica-digital'],
    ['Künstliche Intelligenz', 'kuenstliche-intelligenz'],
    ['Straße & Größe', 'strasse-groesse'],
    ['  5G – Netze  ', '5g-netze'],
    ['Transformación digital de las MIPYMES', 'transformacion-digital-de-las-mipymes'],
  ])('turns "%s" into "%s"', (title, slug) => {
    expect(slugify(title)).toBe(slug)
    expect(slug).toMatch(slugPattern)
  })

  it('never returns more than 120 characters or a trailing hyphen', () => {
    const slug = slugify('a '.repeat(200))
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug).toMatch(slugPattern)
  })
})
