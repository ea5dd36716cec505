import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { existsSync, readdirSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { limitRequestBody } from '@/lib/http/requestBodyLimit'
import { uploadLimits } from '@/lib/uploads/uploadLimits'
import { closeRouteHandlers, tokenFor } from '../api/http'
import { startPayload, stopPayload } from '../support/payload'
import { createUser } from '../support/users'

// The REST route as app/(payload)/api/[...slug]/route.ts builds it.
const post = limitRequestBody(REST_POST(config))
const mediaUrl = 'http://localhost:3000/api/media'
const context = { params: Promise.resolve({ slug: ['media'] }) }

let payload: Payload
let editor: string
beforeAll(async () => {
  payload = await startPayload()
  editor = await tokenFor(payload, await createUser(payload, 'editor'))
})
afterAll(async () => {
  await closeRouteHandlers()
  await stopPayload(payload)
})

const unique = (stem: string) => `${stem}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
const filesNamed = (stem: string) => (existsSync('.data/media') ? readdirSync('.data/media') : []).filter((name) => name.startsWith(stem))
const mediaNamed = async (stem: string) =>
  (await payload.count({ collection: 'media', where: { filename: { contains: stem } }, overrideAccess: true })).totalDocs

// A multipart body as the admin sends it: the document as `_payload`, the file as `file`.
async function multipart(file: Uint8Array, name: string, type: string) {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'Testbild' }))
  form.append('file', new Blob([file as BlobPart], { type }), name)
  const encoded = new Response(form)
  return { body: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type')! }
}

async function upload(file: Uint8Array, name: string, type: string, { chunked = false, language = 'de' } = {}) {
  const { body, contentType } = await multipart(file, name, type)
  const headers: Record<string, string> = { authorization: `JWT ${editor}`, 'content-type': contentType, 'accept-language': language }
  // Chunked: no Content-Length, the body arrives as a stream of 64 kB pieces.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < body.length; at += 65536) controller.enqueue(body.subarray(at, at + 65536))
      controller.close()
    },
  })
  if (!chunked) headers['content-length'] = String(body.length)
  const request = new Request(mediaUrl, { method: 'POST', headers, body: chunked ? stream : body, duplex: 'half' } as RequestInit)
  const response = await post(request, context)
  return { status: response.status, json: (await response.json()) as { errors?: { message: string }[]; doc?: { id: number } } }
}

// A PNG whose header claims `width` × `height` pixels, followed by a few bytes of image data.
function pngClaiming(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(typed))
    return Buffer.concat([length, typed, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(4096))), chunk('IEND', Buffer.alloc(0))])
}

// A harmless one: Payload itself refuses SVGs with script; this one it would store.
const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')

describe('an SVG', () => {
  it('is refused with a message in the editor\'s language, and nothing is stored', async () => {
    const stem = unique('logo')
    const spanish = await upload(svg, `${stem}.svg`, 'image/svg+xml', { language: 'es' })
    expect(spanish.status).toBe(400)
    expect(spanish.json.errors?.[0].message).toBe('No se aceptan archivos SVG: pueden contener scripts. Suba la imagen como PNG, JPEG o WebP.')
    const german = await upload(svg, `${stem}.svg`, 'image/svg+xml')
    expect(german.json.errors?.[0].message).toMatch(/^SVG-Dateien werden nicht angenommen/)
    expect(await mediaNamed(stem)).toBe(0)
    expect(filesNamed(stem)).toEqual([])
  })

  it('is refused when it is named and typed as a PNG', async () => {
    const stem = unique('verkleidet')
    const disguised = await upload(svg, `${stem}.png`, 'image/png')
    expect(disguised.status).toBe(400)
    expect(disguised.json.errors?.[0].message).toMatch(/^SVG-Dateien werden nicht angenommen/)
    expect(filesNamed(stem)).toEqual([])
  })
})

describe('an oversized upload', () => {
  const oversized = new Uint8Array(uploadLimits.requestBytes + 1024)

  it('with Content-Length is answered 413 before the body is read, and nothing is stored', async () => {
    const stem = unique('riesig')
    const { status, json } = await upload(oversized, `${stem}.pdf`, 'application/pdf', { language: 'en' })
    expect(status).toBe(413)
    expect(json.errors?.[0].message).toBe('The request is too large (at most 21 MB).')
    expect(await mediaNamed(stem)).toBe(0)
    expect(filesNamed(stem)).toEqual([])
  })

  it('sent chunked, without Content-Length, is answered 413 once it passes the limit, and nothing is stored', async () => {
    const stem = unique('riesig-chunked')
    const { status, json } = await upload(oversized, `${stem}.pdf`, 'application/pdf', { chunked: true })
    expect(status).toBe(413)
    expect(json.errors?.[0].message).toBe('Die Anfrage ist zu groß (höchstens 21 MB).')
    expect(await mediaNamed(stem)).toBe(0)
    expect(filesNamed(stem)).toEqual([])
  })

  it('a JSON body over 2 MB is answered 413 before Payload parses it', async () => {
    const body = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) })
    const request = new Request('http://localhost:3000/api/topics', {
      method: 'POST',
      headers: { authorization: `JWT ${editor}`, 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    })
    const response = await limitRequestBody(REST_POST(config))(request, { params: Promise.resolve({ slug: ['topics'] }) })
    expect(response.status).toBe(413)
  })
})

describe('an image within the limits', () => {
  it.each([false, true])('is stored, also when sent chunked (%s)', async (chunked) => {
    const stem = unique('klein')
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer()
    const { status, json } = await upload(photo, `${stem}.jpg`, 'image/jpeg', { chunked })
    expect([status, json.errors]).toEqual([201, undefined])
    expect(await mediaNamed(stem)).toBe(1)
  })
})

describe('a decompression bomb', () => {
  it('a tiny PNG claiming 50000 × 50000 pixels is refused with 400 and a message, and nothing is stored', async () => {
    const stem = unique('bombe')
    const bomb = pngClaiming(50_000, 50_000)
    expect(bomb.length).toBeLessThan(1024)
    const { status, json } = await upload(bomb, `${stem}.png`, 'image/png')
    expect(status).toBe(400)
    expect(json.errors?.[0].message).toBe('Das Bild ist zu groß (50000 × 50000 Pixel, höchstens 50 Megapixel).')
    expect(await mediaNamed(stem)).toBe(0)
    expect(filesNamed(stem)).toEqual([])
  })

  it('is refused through the Local API too', async () => {
    const stem = unique('bombe-lokal')
    const bomb = pngClaiming(20_000, 20_000)
    await expect(
      payload.create({ collection: 'media', data: { alt: 'Bombe' }, file: { data: bomb, mimetype: 'image/png', name: `${stem}.png`, size: bomb.length } }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^Das Bild ist zu groß \(20000 × 20000 Pixel/) })
    expect(filesNamed(stem)).toEqual([])
  })
})
