// webvtt-parser (the W3C validator's parser) ships no types; the part lib/uploads/captions.ts uses.
declare module 'webvtt-parser' {
  class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): { cues: unknown[]; errors: { message: string; line: number; col?: number }[] }
  }
  const webvtt: { WebVTTParser: typeof WebVTTParser }
  export default webvtt
}
