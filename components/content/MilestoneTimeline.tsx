import type { Dialogue } from '@/payload-types'
import { fallbackLang } from '@/lib/content/untranslatedPaths'

interface Props {
  milestones: NonNullable<Dialogue['milestones']>
  untranslated: readonly string[]
  headingId: string
}

// An ordered list: the order of the years is the content.
export function MilestoneTimeline({ milestones, untranslated, headingId }: Props) {
  const sorted = milestones.map((m, index) => ({ ...m, index })).sort((a, b) => a.year - b.year)
  return (
    <ol className="timeline" aria-labelledby={headingId}>
      {sorted.map((milestone) => (
        <li key={milestone.id ?? milestone.index}>
          <span className="timeline-year">{milestone.year}</span>
          <div>
            <h3 lang={fallbackLang(untranslated, `milestones.${milestone.index}.label`)}>{milestone.label}</h3>
            {milestone.text ? <p lang={fallbackLang(untranslated, `milestones.${milestone.index}.text`)}>{milestone.text}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  )
}
