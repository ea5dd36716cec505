// webvtt-parser (the W3C validator's parser) ships no types; the part lib/uploads/captions.ts uses.
declare module 'webvtt-parser' {
  interface ParsedTrack {
    cues: unknown[]
    errors: { message: string; line: number; col?: number }[]
  }
  const webvtt: { WebVTTParser: new () => { parse(input: string, mode?: 'metadata' | 'chapters'): ParsedTrack } }
  export default webvtt
}
