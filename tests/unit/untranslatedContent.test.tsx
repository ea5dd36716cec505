import { render, screen } from '@testing-library/react'
import { MilestoneTimeline } from '@/components/content/MilestoneTimeline'
import { fallbackLang } from '@/lib/content/untranslatedPaths'

describe('text shown in German for want of a translation', () => {
  it('is marked lang="de", field by field', () => {
    expect(fallbackLang(['summary', 'milestones.1.label'], 'summary')).toBe('de')
    expect(fallbackLang(['milestones.1.label'], 'milestones')).toBe('de')
    expect(fallbackLang(['summary'], 'title')).toBeUndefined()
  })

  it('the timeline lists milestones by year and marks only the untranslated ones', () => {
    render(
      <>
        <h2 id="m">Milestones</h2>
        <MilestoneTimeline
          headingId="m"
          untranslated={['milestones.0.label']}
          milestones={[
            { id: 'b', year: 2024, label: 'Erste Jahressitzung', text: null },
            { id: 'a', year: 2018, label: 'Launch', text: 'The dialogue began.' },
          ]}
        />
      </>,
    )
    const list = screen.getByRole('list', { name: 'Milestones' })
    const headings = screen.getAllByRole('heading', { level: 3 })
    expect(list.tagName).toBe('OL')
    expect(headings.map((h) => h.textContent)).toEqual(['Launch', 'Erste Jahressitzung'])
    expect(headings[1]).toHaveAttribute('lang', 'de')
    expect(headings[0]).not.toHaveAttribute('lang')
  })
})
