/**
 * @jest-environment node
 */
// Node, not jsdom: the duration reader needs TextDecoder.
import { checkWebVtt } from '@/lib/uploads/captions'
import { videoDurationSeconds } from '@/lib/uploads/videoDuration'
import { tinyMp4, tinyWebm } from '@/tests/support/videoFiles'

describe('checkWebVtt', () => {
  it('accepts a track with a BOM and cues, and names the line of a broken cue', () => {
    expect(checkWebVtt(Buffer.from('\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nHallo\n'))).toEqual({ ok: true, cues: 1 })
    expect(checkWebVtt(Buffer.from('WEBVTT\n\n00:01.000 -> 00:02.000\nHallo\n'))).toMatchObject({ ok: false, problem: 'notWebVtt' })
    expect(checkWebVtt(Buffer.from('WEBVTT\n'))).toMatchObject({ ok: false, problem: 'notWebVtt' })
    expect(checkWebVtt(Buffer.from('WEBVTTX\n\n00:01.000 --> 00:02.000\nHallo\n'))).toMatchObject({ ok: false, line: 1 })
  })
})

describe('videoDurationSeconds', () => {
  it('reads an MP4 movie header (version 0) and a WebM segment', async () => {
    await expect(videoDurationSeconds(tinyMp4(61.5), 'video/mp4')).resolves.toBe(61.5)
    await expect(videoDurationSeconds(tinyWebm(2.25), 'video/webm')).resolves.toBe(2.25)
    await expect(videoDurationSeconds(Buffer.from('nothing'), 'video/mp4')).resolves.toBeNull()
    await expect(videoDurationSeconds(Buffer.from('nothing'), 'video/webm')).resolves.toBeNull()
  })
})
