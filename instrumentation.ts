// Next runs register() once when a server process starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { recordSocketAddress } = await import('./lib/http/recordSocketAddress')
  recordSocketAddress()
}
