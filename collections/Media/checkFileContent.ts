import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook, type FieldHook } from 'payload'
import { checkWebVtt } from '../../lib/uploads/captions'
import { acceptedMimeTypes, isVideoType } from '../../lib/uploads/mediaTypes'
import { videoDurationSeconds } from '../../lib/uploads/videoDuration'

type Language = 'de' | 'es' | 'en'
const text = {
  notAccepted: {
    de: 'Dieser Dateityp wird nicht angenommen. Erlaubt sind JPEG, PNG, WebP, AVIF, PDF, MP4- und WebM-Videos und WebVTT-Untertitel.',
    es: 'Este tipo de archivo no se acepta. Se admiten JPEG, PNG, WebP, AVIF, PDF, videos MP4 y WebM y subtítulos WebVTT.',
    en: 'This file type is not accepted. Allowed are JPEG, PNG, WebP, AVIF, PDF, MP4 and WebM videos and WebVTT captions.',
  },
  mismatch: {
    de: 'Der Inhalt der Datei passt nicht zu ihrem Typ.',
    es: 'El contenido del archivo no corresponde a su tipo.',
    en: "The file's content does not match its type.",
  },
  badVideo: {
    de: 'Das Video ist beschädigt oder hat keine lesbare Dauer.',
    es: 'El video está dañado o no tiene una duración legible.',
    en: 'The video is damaged or has no readable duration.',
  },
  badCaptions: {
    de: (line?: number) => `Die Untertiteldatei ist kein gültiges WebVTT (UTF-8, höchstens 512 KB)${line ? `, Zeile ${line}` : ''}.`,
    es: (line?: number) => `El archivo de subtítulos no es WebVTT válido (UTF-8, máximo 512 KB)${line ? `, línea ${line}` : ''}.`,
    en: (line?: number) => `The caption file is not valid WebVTT (UTF-8, at most 512 KB)${line ? `, line ${line}` : ''}.`,
  },
}

const refuse = (message: string) => new APIError(message, 400, null, true)
const seemsCaptions = (file: { mimetype: string; name: string }) => file.mimetype === 'text/vtt' || /\.vtt$/i.test(file.name)

// A file is what its bytes say, not what its name or the browser claim: the type is read from
// the content (file-type), a film must agree with its declared type and have a readable
// length, and a caption track must be WebVTT the W3C parser accepts. A film's length is kept
// for the page's download link (the `duration` field takes it from here, never from input).
export const checkFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file?.data || (operation !== 'create' && operation !== 'update' && operation !== 'updateByID')) return args
  const language = (['de', 'es', 'en'].includes(req.i18n?.language) ? req.i18n.language : 'de') as Language
  const detected = await fileTypeFromBuffer(file.data).catch(() => undefined)

  // file-type knows WebVTT by its signature; text without one may still be meant as a track.
  if (detected?.mime === 'text/vtt' || !detected) {
    if (!detected && !seemsCaptions(file)) throw refuse(text.notAccepted[language])
    const verdict = checkWebVtt(file.data)
    if (!verdict.ok) throw refuse(text.badCaptions[language](verdict.line))
    // Stored and served as a caption track, whatever the browser called it.
    file.mimetype = 'text/vtt'
    return args
  }
  if (!(acceptedMimeTypes as string[]).includes(detected.mime)) throw refuse(text.notAccepted[language])
  if ((isVideoType(detected.mime) || isVideoType(file.mimetype) || seemsCaptions(file)) && detected.mime !== file.mimetype)
    throw refuse(text.mismatch[language])
  if (isVideoType(detected.mime)) {
    const seconds = await videoDurationSeconds(file.data, detected.mime as 'video/mp4' | 'video/webm')
    if (seconds == null) throw refuse(text.badVideo[language])
    req.context.uploadedVideoSeconds = seconds
  }
  return args
}

// The duration field's value: measured from a new file, else what the document had.
export const durationFromUpload: FieldHook = ({ req, originalDoc }) => {
  if (req.file?.data) return typeof req.context.uploadedVideoSeconds === 'number' ? Math.round(req.context.uploadedVideoSeconds * 10) / 10 : null
  return (originalDoc as { duration?: number | null } | undefined)?.duration ?? null
}
