import { Link } from '@/i18n/navigation'
import type { WorkplanAreaWithTopics } from '@/lib/content/queries/dialogues'
import { fallbackLang } from './untranslated'

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
              <ul aria-labelledby={`area-${area.id}-topics`}>
                {area.topics.map((topic) =>
                  topic.slug ? (
                    <li key={topic.id}>
                      <Link href={{ pathname: '/topics/[slug]', params: { slug: topic.slug } }} lang={fallbackLang(topic.untranslated, 'title')}>
                        {topic.title}
                      </Link>
                    </li>
                  ) : null,
                )}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
