import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

interface Props {
  locale: Locale
  video: Media
}

const typeName = (mimeType: string | null | undefined) => (mimeType === 'video/webm' ? 'WebM' : 'MP4')

const formatSize = (locale: Locale, bytes: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000)

// m:ss — the same in all three languages.
const formatDuration = (seconds: number) => {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')} min`
}

// A film in German Sign Language: the browser's own player (keyboard and screen-reader
// support built in) with its caption track, and the file to download with its type, size and length.
export async function SignLanguageVideo({ locale, video }: Props) {
  const t = await getTranslations({ locale, namespace: 'Accessibility.explanations' })
  const captions = typeof video.captions === 'object' && video.captions ? video.captions : null
  if (!video.url) return null
  const download = t('download', {
    type: typeName(video.mimeType),
    size: formatSize(locale, video.filesize ?? 0),
    duration: formatDuration(video.duration ?? 0),
  })
  return (
    <figure className="sign-language-video">
      <video controls preload="metadata" aria-label={video.alt} width={640}>
        <source src={video.url} type={video.mimeType ?? undefined} />
        {captions?.url && (
          <track kind="captions" src={captions.url} srcLang={video.captionsLanguage ?? 'de'} label={t('captionsLabel')} default />
        )}
        {t('noVideoSupport')}
      </video>
      <figcaption>
        {video.caption && <span>{video.caption} </span>}
        <a href={video.url} download={video.filename ?? true} type={video.mimeType ?? undefined}>
          {download}
        </a>
      </figcaption>
    </figure>
  )
}
