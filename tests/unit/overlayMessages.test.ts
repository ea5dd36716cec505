import { overlayMessages } from '@/i18n/strings/overlayMessages'

const german = { Home: { title: 'Digitaldialoge', count: '{count, plural, one {# Dialog} other {# Dialoge}}' }, Footer: { note: 'Hinweis' } }
const spanish = { Home: { title: 'Diálogos digitales', count: '{count, plural, one {# diálogo} other {# diálogos}}' }, Footer: { note: 'Nota' } }

describe('the admin’s edits over the JSON messages', () => {
  it('replaces exactly the edited keys and keeps the rest of the file', () => {
    const result = overlayMessages(spanish, german, { 'Home.title': 'Diálogos digitales bilaterales' })
    expect(result).toEqual({ ...spanish, Home: { ...spanish.Home, title: 'Diálogos digitales bilaterales' } })
    expect(spanish.Home.title).toBe('Diálogos digitales') // the imported file is not mutated
  })

  it('ignores an edit that no longer fits the German arguments, and keys the file no longer has', () => {
    const result = overlayMessages(spanish, german, { 'Home.count': '{total} diálogos', 'Home.removed': 'x', 'Footer.note': 'Aviso' })
    expect(result.Home).toEqual(spanish.Home)
    expect(result).not.toHaveProperty('Home.removed')
    expect(result.Footer).toEqual({ note: 'Aviso' })
  })

  // A value written into the database around the admin's check never reaches a page.
  it('ignores a stored edit that carries markup the German text does not declare', () => {
    const result = overlayMessages(spanish, german, { 'Footer.note': "Nota '<img src=x onerror=alert(1)>'" })
    expect(result.Footer).toEqual(spanish.Footer)
  })
})
