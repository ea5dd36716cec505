// The smallest well-formed films the upload checks accept, built byte by byte (no ffmpeg on
// the machine): an MP4 (ISO base media: ftyp + moov/mvhd) and a WebM (EBML header + Segment
// Info with a duration). They carry no frames, only what type detection and the duration
// reader look at — enough to test the checks, not to play.

const box = (type: string, ...payload: Buffer[]) => {
  const body = Buffer.concat(payload)
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + body.length, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, body])
}

const uint32 = (value: number) => {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32BE(value, 0)
  return buffer
}

export function tinyMp4(durationSeconds: number): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom', 'latin1'), uint32(0x200), Buffer.from('isomiso2mp41', 'latin1'))
  const timescale = 1000
  const matrix = Buffer.concat([uint32(0x10000), uint32(0), uint32(0), uint32(0), uint32(0x10000), uint32(0), uint32(0), uint32(0), uint32(0x40000000)])
  const mvhd = box(
    'mvhd',
    uint32(0), // version 0, no flags
    uint32(0), // created
    uint32(0), // modified
    uint32(timescale),
    uint32(Math.round(durationSeconds * timescale)),
    uint32(0x10000), // rate 1.0
    Buffer.from([0x01, 0x00]), // volume 1.0
    Buffer.alloc(10), // reserved
    matrix,
    Buffer.alloc(24), // pre-defined
    uint32(2), // next track id
  )
  return Buffer.concat([ftyp, box('moov', mvhd), box('mdat', Buffer.alloc(64))])
}

// EBML: an element is its id, its size as a variable-length integer, its data.
const ebml = (id: number[], data: Buffer) => {
  if (data.length > 0x7f_ffff_ffff) throw new Error('too large')
  const size = Buffer.alloc(8)
  size.writeBigUInt64BE(BigInt(data.length) | (1n << 56n))
  return Buffer.concat([Buffer.from(id), size, data])
}
const ebmlUint = (value: number) => {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32BE(value)
  return buffer
}
const ebmlFloat = (value: number) => {
  const buffer = Buffer.alloc(8)
  buffer.writeDoubleBE(value)
  return buffer
}

export function tinyWebm(durationSeconds: number): Buffer {
  const header = ebml([0x1a, 0x45, 0xdf, 0xa3], Buffer.concat([
    ebml([0x42, 0x86], Buffer.from([1])), // EBMLVersion
    ebml([0x42, 0xf7], Buffer.from([1])), // EBMLReadVersion
    ebml([0x42, 0xf2], Buffer.from([4])), // EBMLMaxIDLength
    ebml([0x42, 0xf3], Buffer.from([8])), // EBMLMaxSizeLength
    ebml([0x42, 0x82], Buffer.from('webm', 'latin1')), // DocType
    ebml([0x42, 0x87], Buffer.from([4])), // DocTypeVersion
    ebml([0x42, 0x85], Buffer.from([2])), // DocTypeReadVersion
  ]))
  const info = ebml([0x15, 0x49, 0xa9, 0x66], Buffer.concat([
    ebml([0x2a, 0xd7, 0xb1], ebmlUint(1_000_000)), // TimecodeScale: 1 ms
    ebml([0x44, 0x89], ebmlFloat(durationSeconds * 1000)), // Duration in TimecodeScale units
    ebml([0x4d, 0x80], Buffer.from('test', 'latin1')), // MuxingApp
    ebml([0x57, 0x41], Buffer.from('test', 'latin1')), // WritingApp
  ]))
  return Buffer.concat([header, ebml([0x18, 0x53, 0x80, 0x67], info)])
}

export const sampleVtt = (text = 'Guten Tag.') => Buffer.from(`WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n${text}\n`, 'utf8')
