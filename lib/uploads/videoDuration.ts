import { parseBuffer } from 'music-metadata'

// A film's length in seconds, read from its container, or null when none can be read (then it
// is no film we accept). MP4: the movie header (moov/mvhd) — music-metadata takes an MP4's
// duration from its audio track only, and a sign-language film may have none. WebM: the
// Segment Info's Duration, through music-metadata's Matroska reader.
export async function videoDurationSeconds(data: Buffer, mimeType: 'video/mp4' | 'video/webm'): Promise<number | null> {
  const seconds = mimeType === 'video/mp4' ? mp4Duration(data) : await webmDuration(data)
  return seconds != null && Number.isFinite(seconds) && seconds > 0 ? seconds : null
}

async function webmDuration(data: Buffer): Promise<number | null> {
  try {
    return (await parseBuffer(data, { mimeType: 'video/webm', size: data.length }, { duration: true, skipCovers: true })).format.duration ?? null
  } catch {
    return null
  }
}

// Walks the top-level boxes to moov, then moov's children to mvhd (ISO/IEC 14496-12 § 8.2.2).
function mp4Duration(data: Buffer): number | null {
  const moov = findBox(data, 0, data.length, 'moov')
  const mvhd = moov && findBox(data, moov.start, moov.end, 'mvhd')
  if (!mvhd) return null
  const version = data[mvhd.start]
  if (version === 0 && mvhd.end - mvhd.start >= 20) return data.readUInt32BE(mvhd.start + 16) / (data.readUInt32BE(mvhd.start + 12) || NaN)
  if (version === 1 && mvhd.end - mvhd.start >= 32) return Number(data.readBigUInt64BE(mvhd.start + 24)) / (data.readUInt32BE(mvhd.start + 20) || NaN)
  return null
}

function findBox(data: Buffer, from: number, to: number, type: string): { start: number; end: number } | null {
  let position = from
  while (position + 8 <= to) {
    let size = data.readUInt32BE(position)
    let header = 8
    if (size === 1) {
      if (position + 16 > to) return null
      size = Number(data.readBigUInt64BE(position + 8))
      header = 16
    } else if (size === 0) size = to - position
    if (size < header || position + size > to) return null
    if (data.toString('latin1', position + 4, position + 8) === type) return { start: position + header, end: position + size }
    position += size
  }
  return null
}
