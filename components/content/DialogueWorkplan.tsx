import type { WorkplanAreaWithTopics } from '@/lib/content/queries/dialogues'
import { fallbackLang } from '@/lib/content/untranslatedPaths'
import { DocumentLinkList } from './DocumentLinkList'

interface Props {
  areas: WorkplanAreaWithTopics[]
  topicsLabel: string
}

// The workplan's key areas, each with the topics the dialogue works on in it.
export function DialogueWorkplan({ areas, topicsLabel }: Props) {
  return (
    <ul className="workplan">
      {areas.map((area) => (
        <li key={area.id} className="card">
          <h3 lang={fallbackLang(area.untranslated, 'title')}>{area.title}</h3>
          {area.description ? <p lang={fallbackLang(area.untranslated, 'description')}>{area.description}</p> : null}
          {area.topics.length ? (
            <>
              <p className="meta" id={`area-${area.id}-topics`}>
                {topicsLabel}
              </p>
              <DocumentLinkList
                pathname="/topics/[slug]"
                labelledBy={`area-${area.id}-topics`}
                items={area.topics.map((topic) => ({ ...topic, name: topic.title, lang: fallbackLang(topic.untranslated, 'title') }))}
              />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
