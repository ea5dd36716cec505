import type { Validate } from 'payload'
import { isVideoType } from '../../lib/uploads/mediaTypes'

const message = {
  de: 'Ein Video braucht eine Untertitelspur (WebVTT): Laden Sie sie zuerst hoch und wählen Sie sie hier.',
  es: 'Un video necesita una pista de subtítulos (WebVTT): súbala primero y selecciónela aquí.',
  en: 'A video needs a caption track (WebVTT): upload it first and choose it here.',
}

// WCAG 1.2.2: every film shown on the site has captions, so a video is not saved without them.
export const requireCaptionsForVideo: Validate = (value, { data, req }) => {
  if (!isVideoType((data as { mimeType?: string }).mimeType) || value) return true
  const language = (req.i18n?.language ?? 'de') as keyof typeof message
  return message[language] ?? message.de
}
