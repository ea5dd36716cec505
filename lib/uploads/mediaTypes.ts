// What Media accepts, by kind (collections/Media). No SVG: refuseUnsafeUploads says why.
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
export const documentMimeTypes = ['application/pdf'] as const
// Films for the DGS page (BITV 2.0 § 4), each with a WebVTT caption track.
export const videoMimeTypes = ['video/mp4', 'video/webm'] as const
export const captionMimeTypes = ['text/vtt'] as const

export const acceptedMimeTypes = [...imageMimeTypes, ...documentMimeTypes, ...videoMimeTypes, ...captionMimeTypes]

export const isVideoType = (mimeType: string | null | undefined) => (videoMimeTypes as readonly string[]).includes(mimeType ?? '')
