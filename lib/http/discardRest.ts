// After an early answer (413), what the client still sends is read and dropped — a lingering
// close, as nginx does. A server that closed at once would leave those bytes unread; the kernel
// then resets the connection, and a client that writes its whole body before it reads (Node's
// http, curl, many HTTP libraries) loses the answer to EPIPE or ECONNRESET.
// Bounded, so a client cannot keep the server reading: past `maxBytes` or `maxMs` the stream is
// cancelled and nothing more is read; Node's server closes the connection once it has been idle
// for its keep-alive timeout (5 s).
export const discardBounds = { maxBytes: 64 * 1024 * 1024, maxMs: 10_000 }

export type DiscardEnd = 'complete' | 'cut'

export async function discardRest(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  bounds: { maxBytes: number; maxMs: number } = discardBounds,
): Promise<DiscardEnd> {
  let cut = false
  const stop = () => {
    cut = true
    reader.cancel().catch(() => undefined)
  }
  const timer = setTimeout(stop, bounds.maxMs)
  try {
    let read = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return cut ? 'cut' : 'complete'
      read += value.byteLength
      if (read > bounds.maxBytes) {
        stop()
        return 'cut'
      }
    }
  } catch {
    // The client went away: nothing is left to read.
    return 'cut'
  } finally {
    clearTimeout(timer)
  }
}
