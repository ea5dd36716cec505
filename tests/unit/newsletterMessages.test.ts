/**
 * @jest-environment node
 */
import de from '@/messages/de.json' with { type: 'json' }
import en from '@/messages/en.json' with { type: 'json' }
import es from '@/messages/es.json' with { type: 'json' }

const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )

test('the newsletter texts exist in German, Spanish and English with the same keys, none empty', () => {
  const german = keys(de.Newsletter).sort()
  expect(keys(es.Newsletter).sort()).toEqual(german)
  expect(keys(en.Newsletter).sort()).toEqual(german)
  for (const messages of [de, es, en]) {
    expect(keys(messages.Newsletter).every((key) => String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages.Newsletter)).trim() !== '')).toBe(true)
  }
  expect(es.Newsletter.mail.subject).not.toBe(de.Newsletter.mail.subject)
})

test('every validation code has a message', () => {
  for (const code of ['email', 'consent', 'locale', 'interests', 'rateLimited', 'unavailable']) {
    expect(de.Newsletter.errors).toHaveProperty(code)
  }
})
