import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'
import { uploadLimits } from '../../lib/uploads/uploadLimits'

type Language = 'de' | 'es' | 'en'
const megapixels = uploadLimits.pixels / 1_000_000
const text = {
  svg: {
    de: 'SVG-Dateien werden nicht angenommen: Sie können Skripte enthalten. Bitte laden Sie das Bild als PNG, JPEG oder WebP hoch.',
    es: 'No se aceptan archivos SVG: pueden contener scripts. Suba la imagen como PNG, JPEG o WebP.',
    en: 'SVG files are not accepted: they can contain scripts. Please upload the image as PNG, JPEG or WebP.',
  },
  tooManyPixels: {
    de: (w: number, h: number) => `Das Bild ist zu groß (${w} × ${h} Pixel, höchstens ${megapixels} Megapixel).`,
    es: (w: number, h: number) => `La imagen es demasiado grande (${w} × ${h} píxeles, máximo ${megapixels} megapíxeles).`,
    en: (w: number, h: number) => `The image is too large (${w} × ${h} pixels, at most ${megapixels} megapixels).`,
  },
  unreadable: {
    de: 'Die Bilddatei ist beschädigt oder kein Bild.',
    es: 'El archivo de imagen está dañado o no es una imagen.',
    en: 'The image file is damaged or not an image.',
  },
}

// SVG is refused rather than sanitised: it is a document that can carry script, styles and
// links to elsewhere, and a sanitiser has to be right about every one of them forever. Found by
// type, by name and by content, so a renamed file is caught too.
const looksLikeSvg = (file: { mimetype: string; name: string; data: Buffer }) =>
  /svg/i.test(file.mimetype) ||
  /\.svgz?$/i.test(file.name) ||
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(file.data.subarray(0, 4096).toString('utf8'))

// Reads the image's header only: a decompression bomb is refused before sharp decodes it.
// (sharp's own pixel limit would refuse even to read the header, with no size to report.)
async function dimensionsOf(data: Buffer, language: Language) {
  try {
    const { width, height } = await sharp(data, { limitInputPixels: false }).metadata()
    return { width: width ?? 0, height: height ?? 0 }
  } catch (error) {
    throw new APIError(text.unreadable[language], 400, { cause: String(error) }, true)
  }
}

// Runs before Payload stores or resizes anything, so a refused file leaves nothing behind.
export const refuseUnsafeUploads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file?.data || (operation !== 'create' && operation !== 'update' && operation !== 'updateByID')) return args
  const language = ((req.i18n?.language ?? 'de') in text.svg ? req.i18n.language : 'de') as Language
  if (looksLikeSvg(file)) throw new APIError(text.svg[language], 400, null, true)
  if (file.mimetype.startsWith('image/')) {
    const { width, height } = await dimensionsOf(file.data, language)
    if (width * height > uploadLimits.pixels) throw new APIError(text.tooManyPixels[language](width, height), 400, null, true)
  }
  return args
}
