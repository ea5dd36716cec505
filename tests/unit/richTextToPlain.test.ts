import { richTextToPlain } from '@/lib/content/richTextToPlain'
import { paragraphsToRichText } from '@/seed/lexical'

test('the words of a rich text come out one block per line', () => {
  expect(richTextToPlain(paragraphsToRichText(['Erster Absatz.', 'Zweiter Absatz.']))).toBe('Erster Absatz.\nZweiter Absatz.')
})

test('links keep their words and nothing else is left of the markup', () => {
  const value = {
    root: {
      type: 'root',
      children: [
        { type: 'heading', children: [{ type: 'text', text: 'Kontakt' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Schreiben Sie an ' }, { type: 'link', children: [{ type: 'text', text: 'uns' }] }, { type: 'linebreak' }, { type: 'text', text: 'Danke.' }] },
      ],
    },
  }
  expect(richTextToPlain(value)).toBe('Kontakt\nSchreiben Sie an uns\nDanke.')
  expect(richTextToPlain(null)).toBe('')
})
