import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

interface Props {
  data: unknown
  lang?: string
}

// Payload's own server renderer: plain HTML, no client JavaScript.
export function RichText({ data, lang }: Props) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return (
    <div className="rich-text" lang={lang}>
      <LexicalRichText data={data as SerializedEditorState} disableContainer />
    </div>
  )
}
