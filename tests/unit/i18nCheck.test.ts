import { readFileSync } from 'node:fs'
import { checkMessages, type Messages } from '@/i18n/check/checkMessages'

const read = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages

describe('interface string check', () => {
  it('passes on the repository’s messages', () => {
    expect(checkMessages(read('de'), { es: read('es'), en: read('en') })).toEqual([])
  })

  it('names every planted error with its locale, key and kind', () => {
    const de = {
      Home: {
        greeting: 'Hallo {name}',
        count: '{n, plural, one {# Sitzung} other {# Sitzungen}}',
        consent: 'Ich habe die <privacy>Hinweise</privacy> gelesen.',
        title: 'Titel',
      },
    }
    const es = {
      Home: {
        greeting: 'Hola {nombre}',
        count: '{n, plural, one {# sesión} other {# sesiones}',
        consent: 'He leído las indicaciones.',
        extra: 'Sobra',
      },
    }
    const kinds = checkMessages(de, { es }).map(({ locale, key, kind }) => `${locale} ${key} ${kind}`)
    expect(kinds.sort()).toEqual(
      ['es Home.title missing', 'es Home.greeting placeholders', 'es Home.count syntax', 'es Home.consent tags', 'es Home.extra extra'].sort(),
    )
  })

  it('refuses empty strings and a plural turned into a plain argument', () => {
    const de = { a: '{n, plural, other {# Themen}}', b: 'Text' }
    const problems = checkMessages(de, { en: { a: '{n} topics', b: ' ' } })
    expect(problems.map((p) => p.kind).sort()).toEqual(['empty', 'placeholders'])
  })
})
