import type { Media } from '@/payload-types'
import { fallbackLang } from '@/lib/content/untranslatedPaths'

interface Props {
  image: Media
  untranslated: readonly string[]
}

type Size = { url?: string | null; width?: number | null; height?: number | null }

// The content column is at most 70rem (main's 72rem less padding), the full width below that.
const sizes = '(min-width: 72rem) 70rem, calc(100vw - 2rem)'

// Media keeps WebP copies 400, 900 and 1600 px wide (collections/Media.ts); the browser picks
// one. Sizes wider than the upload are not made, so they are skipped. width and height keep
// the space reserved while the image loads (no layout shift); CSS scales it to the column.
export function HeroImage({ image, untranslated }: Props) {
  const candidates: Size[] = [image.sizes?.thumbnail, image.sizes?.medium, image.sizes?.large].filter(
    (size): size is Size => Boolean(size?.url && size.width && size.height),
  )
  const largest = candidates.at(-1) ?? image
  const fallbackSrc = candidates.find((size) => (size.width ?? 0) >= 900) ?? largest
  if (!fallbackSrc.url || !largest.width || !largest.height) return null
  const srcSet = candidates.length ? candidates.map((size) => `${size.url} ${size.width}w`).join(', ') : undefined
  const credit = [image.caption, image.credit].filter(Boolean)
  return (
    <figure className="hero">
      {/* Payload already made the sizes; Next's image optimizer would only resize them again. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={fallbackSrc.url}
        srcSet={srcSet}
        sizes={srcSet ? sizes : undefined}
        width={largest.width}
        height={largest.height}
        alt={image.alt}
        lang={fallbackLang(untranslated, 'alt')}
        fetchPriority="high"
        decoding="async"
      />
      {credit.length ? (
        <figcaption>
          {image.caption ? <span lang={fallbackLang(untranslated, 'caption')}>{image.caption}</span> : null}
          {image.caption && image.credit ? ' · ' : null}
          {image.credit ? <span>{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
