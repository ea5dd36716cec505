import { render } from '@testing-library/react'
import { Paragraphs } from '@/components/accessibility/Paragraphs'

describe('Paragraphs (Leichte Sprache text)', () => {
  it('keeps one sentence a line, makes "- " blocks a list, and never renders markup from the text', () => {
    const { container } = render(<Paragraphs text={'Erster Satz.\nZweiter Satz.\n\n- eins\n- zwei\n\n<b>kein HTML</b>'} />)
    expect(container.innerHTML).toBe('<p>Erster Satz.<br>Zweiter Satz.</p><ul><li>eins</li><li>zwei</li></ul><p>&lt;b&gt;kein HTML&lt;/b&gt;</p>')
  })
})
