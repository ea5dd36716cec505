import { readFileSync } from 'node:fs'
import { checkMessages, type Messages } from '@/i18n/check/checkMessages'
import { compareMessage } from '@/i18n/check/compareMessage'
import { describeProblems } from '@/i18n/strings/describeProblems'
import { adminTextIn } from '@/i18n/adminTranslations'

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

  // Found on a production build: an ICU-quoted tag passed the check and reached a page as HTML.
  it.each([
    ['an ICU-quoted tag with an event handler', "Zu viele Versuche. '<img src=x onerror=alert(document.cookie)>'"],
    ['a literal self-closing tag', 'Zeile eins<br/>Zeile zwei'],
    ['a comment', 'Text <!-- versteckt -->'],
    ['a quoted closing tag', "Text '</p>'"],
    ['markup inside a plural branch', "{n, plural, one {'<script>'x} other {# Themen}}"],
  ])('refuses %s in a translation, naming the markup', (_name, value) => {
    const de = { a: 'Zu viele Versuche.', n: '{n, plural, one {# Thema} other {# Themen}}' }
    const key = value.startsWith('{n') ? 'n' : 'a'
    const problems = checkMessages(de, { es: { a: de.a, n: de.n, [key]: value } })
    expect(problems).toEqual([expect.objectContaining({ locale: 'es', key, kind: 'markup' })])
    expect(problems[0].detail).toMatch(/markup outside the declared tags: .*</)
  })

  it('refuses markup in the German source too, and accepts the tags the source declares and plain "<"', () => {
    const de = { bad: "Hallo '<b>'Welt", good: 'Ich habe die <privacy>Hinweise</privacy> gelesen, a < b, <3' }
    const problems = checkMessages(de, { es: { bad: 'Hola', good: 'He leído las <privacy>indicaciones</privacy>, a < b, <3' } })
    expect(problems.map(({ locale, key, kind }) => `${locale} ${key} ${kind}`)).toEqual(['de bad markup'])
  })

  it('explains the refusal to a translator in their admin language', () => {
    const [problem] = compareMessage({ arguments: [], tags: [] }, "'<img src=x onerror=alert(1)>'")
    expect(describeProblems([problem], adminTextIn('en'))).toMatch(/HTML markup the German text does not declare: "<img src=x onerror=alert\(1\)>"/)
    expect(describeProblems([problem], adminTextIn('de'))).toMatch(/HTML-Auszeichnung/)
  })
})
