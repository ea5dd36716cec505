import type { Media } from '@/payload-types'
import { fallbackLang } from '@/lib/content/untranslatedPaths'

export interface SocialImage {
  url: string
  width?: number
  height?: number
  alt: string
}

export interface EditorialMeta {
  title?: string | null
  description?: string | null
  image?: number | Media | null
}

export interface DocumentMetaInput {
  // The plugin's meta group (plugins/seo), as read in the reader's locale with fallback.
  meta: EditorialMeta | null | undefined
  title: string
  titlePath: string
  description?: string | null
  descriptionPath: string
  // Field paths shown in German (lib/content/queries/untranslated).
  untranslated: readonly string[]
  // Used when the editors chose no meta image, e.g. the dialogue's hero image.
  image?: number | Media | null
}

export interface DocumentMeta {
  title: string
  description?: string | null
  image?: SocialImage
}

// The editors' meta title and description where set, the document's own title and summary
// otherwise. A meta value that Payload filled in from German is dropped while the page's own
// text is translated, so a Spanish page never gets a German <title>.
export function documentMeta({ meta, title, titlePath, description, descriptionPath, untranslated, image }: DocumentMetaInput): DocumentMeta {
  const german = (path: string) => fallbackLang(untranslated, path) !== undefined
  const pick = <T>(value: T | null | undefined, metaPath: string, ownPath: string) =>
    value != null && value !== '' && (!german(metaPath) || german(ownPath)) ? value : undefined
  return {
    title: pick(meta?.title, 'meta.title', titlePath) ?? title,
    description: pick(meta?.description, 'meta.description', descriptionPath) ?? description,
    image: socialImage(pick(meta?.image, 'meta.image', titlePath) ?? image),
  }
}

// The largest WebP size for link previews (Media keeps 400, 900 and 1600 px versions).
export function socialImage(media: number | Media | null | undefined): SocialImage | undefined {
  if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return undefined
  const size = media.sizes?.large?.url ? media.sizes.large : media.sizes?.medium?.url ? media.sizes.medium : media
  if (!size.url) return undefined
  return { url: size.url, width: size.width ?? undefined, height: size.height ?? undefined, alt: media.alt }
}
