import type { SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { LinkJSXConverter, RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { Locale } from '../../i18n/locales'
import { internalHref } from '../../newsletter/dispatch/internalLinks'

interface Props {
  body: unknown
  locale: Locale
  siteUrl: string
}

// An issue's text, for the mail and the archive page alike: Payload's renderer, with links to
// sessions, topics and dialogues turned into absolute reader addresses in the issue's language.
export function IssueBody({ body, locale, siteUrl }: Props) {
  if (!body || typeof body !== 'object' || !('root' in body)) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({ internalDocToHref: ({ linkNode }: { linkNode: SerializedLinkNode }) => internalHref(siteUrl, locale, linkNode.fields.doc) }),
  })
  return <RichText data={body as SerializedEditorState} converters={converters} disableContainer />
}
