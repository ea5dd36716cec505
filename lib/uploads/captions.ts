// A CommonJS module that fills `exports` at run time: Node's ESM loader finds no named export.
import webvtt from 'webvtt-parser'

const { WebVTTParser } = webvtt

// A caption track is text a browser parses: it must be UTF-8 WebVTT that the W3C validator's
// parser reads without an error and with at least one cue. Anything else is refused.
export const CAPTIONS_MAX_BYTES = 512 * 1024

export type CaptionsVerdict = { ok: true; cues: number } | { ok: false; problem: 'tooLarge' | 'notUtf8' | 'notWebVtt'; line?: number }

export function checkWebVtt(data: Buffer): CaptionsVerdict {
  if (data.length > CAPTIONS_MAX_BYTES) return { ok: false, problem: 'tooLarge' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    return { ok: false, problem: 'notUtf8' }
  }
  if (!/^\uFEFF?WEBVTT(?:[ \t\n\r]|$)/.test(text)) return { ok: false, problem: 'notWebVtt', line: 1 }
  const { cues, errors } = new WebVTTParser().parse(text, 'metadata')
  if (errors.length > 0) return { ok: false, problem: 'notWebVtt', line: errors[0].line }
  if (cues.length === 0) return { ok: false, problem: 'notWebVtt' }
  return { ok: true, cues: cues.length }
}
