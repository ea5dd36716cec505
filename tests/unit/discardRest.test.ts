/** @jest-environment node */
import { discardRest } from '@/lib/http/discardRest'

// A body that sends `chunks` pieces of `size` bytes, one per `everyMs`, then ends (or stalls).
function body(chunks: number, size: number, everyMs = 0, thenStall = false) {
  let sent = 0
  let cancelled = false
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent === chunks) {
        if (thenStall) return new Promise<void>(() => undefined)
        return controller.close()
      }
      if (everyMs) await new Promise((resolve) => setTimeout(resolve, everyMs))
      sent += 1
      controller.enqueue(new Uint8Array(size))
    },
    cancel() {
      cancelled = true
    },
  })
  return { reader: stream.getReader(), sent: () => sent, cancelled: () => cancelled }
}

describe('the rest of a refused body is read and dropped, within bounds', () => {
  it('reads a body that ends within the bounds to its end', async () => {
    const source = body(10, 1024)
    await expect(discardRest(source.reader, { maxBytes: 64 * 1024, maxMs: 5_000 })).resolves.toBe('complete')
    expect(source.sent()).toBe(10)
    expect(source.cancelled()).toBe(false)
  })

  it('stops reading past the byte bound and cancels the body', async () => {
    const source = body(1_000, 1024)
    await expect(discardRest(source.reader, { maxBytes: 8 * 1024, maxMs: 5_000 })).resolves.toBe('cut')
    expect(source.sent()).toBeLessThan(20)
    expect(source.cancelled()).toBe(true)
  })

  it('stops waiting for a client that stalls once the time bound passes', async () => {
    const source = body(2, 16, 0, true)
    const started = Date.now()
    await expect(discardRest(source.reader, { maxBytes: 64 * 1024, maxMs: 200 })).resolves.toBe('cut')
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(source.cancelled()).toBe(true)
  })

  it('a body that fails (the client went away) ends the reading quietly', async () => {
    const stream = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('aborted')) })
    await expect(discardRest(stream.getReader(), { maxBytes: 1024, maxMs: 1_000 })).resolves.toBe('cut')
  })
})
