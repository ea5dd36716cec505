import type { Payload } from 'payload'
import { tinyMp4, tinyWebm, sampleVtt } from '@/tests/support/videoFiles'
import { tinyPng } from '../support/fixtures'
import { startPayload, stopPayload } from '../support/payload'

// Media takes films for the DGS page (MP4, WebM) with a WebVTT caption track; every file is
// judged by its bytes, not by its name or the type the browser claims.
let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(() => stopPayload(payload))

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`
const upload = (data: Buffer, mimetype: string, name: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'media', data: { alt: `Datei ${name}`, ...extra } as never, file: { data, mimetype, name: `${stamp()}-${name}`, size: data.length } })

async function refusal(action: Promise<unknown>): Promise<{ status?: number; message: string }> {
  try {
    await action
  } catch (error) {
    const { status, message, data } = error as { status?: number; message: string; data?: { errors?: { message: string }[] } }
    return { status, message: [message, ...(data?.errors ?? []).map((item) => item.message)].join(' | ') }
  }
  throw new Error('the upload was accepted')
}

const captions = async () => (await upload(sampleVtt(), 'text/vtt', 'untertitel.vtt')).id

it('a WebVTT track is accepted and stored as text/vtt, also when the browser calls it text/plain', async () => {
  const track = await upload(sampleVtt(), 'text/plain', 'untertitel.vtt')
  expect(track.mimeType).toBe('text/vtt')
  expect(track.filesize).toBe(sampleVtt().length)
})

it.each([
  ['MP4', tinyMp4(125.4), 'video/mp4', 'film.mp4', 125.4],
  ['WebM', tinyWebm(83.2), 'video/webm', 'film.webm', 83.2],
])('a %s film with captions is accepted and its length read from the file', async (_kind, data, mimetype, name, seconds) => {
  const track = await captions()
  const film = await upload(data, mimetype, name, { captions: track, duration: 1 })
  expect(film.mimeType).toBe(mimetype)
  expect(film.duration).toBe(seconds)
  expect(typeof film.captions === 'object' ? film.captions?.id : film.captions).toBe(track)
  expect(film.sizes?.thumbnail?.url ?? null).toBeNull()
})

it('a film without a caption track is refused', async () => {
  const answer = await refusal(upload(tinyMp4(10), 'video/mp4', 'ohne-untertitel.mp4'))
  expect(answer.status).toBe(400)
  expect(answer.message).toMatch(/Untertitelspur/)
})

it('the length cannot be written by hand: an update without a new file keeps the measured one', async () => {
  const film = await upload(tinyWebm(30), 'video/webm', 'laenge.webm', { captions: await captions() })
  const updated = await payload.update({ collection: 'media', id: film.id, data: { duration: 9999, alt: 'Neuer Text' } })
  expect(updated.duration).toBe(30)
})

it.each([
  ['a PNG that claims to be an MP4', async () => tinyPng(), 'video/mp4', 'bild.mp4', /passt nicht|not allowed|Invalid/],
  ['an MP4 that claims to be WebM', async () => tinyMp4(5), 'video/webm', 'film.webm', /passt nicht/],
  ['text that claims to be an MP4', async () => Buffer.from('kein Film, nur Text'), 'video/mp4', 'text.mp4', /nicht angenommen/],
  ['an MP4 whose movie header gives no length', async () => tinyMp4(0), 'video/mp4', 'leer.mp4', /beschädigt/],
  ['a truncated MP4', async () => tinyMp4(5).subarray(0, 60), 'video/mp4', 'kaputt.mp4', /beschädigt|corrupted|Invalid/],
  ['a caption file that is not WebVTT', async () => Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nSRT, nicht VTT\n'), 'text/vtt', 'untertitel.vtt', /kein gültiges WebVTT/],
  ['a WebVTT file with a broken cue timing', async () => Buffer.from('WEBVTT\n\n00:00:xx.000 --> 00:00:02.000\nText\n'), 'text/vtt', 'kaputt.vtt', /kein gültiges WebVTT/],
  ['a caption file that is not UTF-8', async () => Buffer.concat([Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n'), Buffer.from([0xff, 0xfe, 0x00])]), 'text/vtt', 'latin.vtt', /kein gültiges WebVTT/],
  ['an HTML page named .vtt', async () => Buffer.from('<!doctype html><script>alert(1)</script>'), 'text/vtt', 'seite.vtt', /kein gültiges WebVTT/],
  ['a caption track over 512 KB', async () => Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(600 * 1024, 'a')]), 'text/vtt', 'gross.vtt', /kein gültiges WebVTT/],
  ['plain text under another name', async () => Buffer.from('Hallo'), 'text/plain', 'notiz.txt', /nicht angenommen/],
])('%s is refused with a message, and nothing is stored', async (_name, data, mimetype, name, message) => {
  const before = await payload.count({ collection: 'media' })
  const answer = await refusal(upload(await data(), mimetype, name, { captions: await captions() }))
  expect(answer.status).toBe(400)
  expect(answer.message).toMatch(message)
  expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs + 1) // only the track
})
