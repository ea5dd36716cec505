// Runs once when the server starts, before it serves a request. NEXT_RUNTIME is Next's own
// switch between its runtimes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ recordSocketAddress }, { installServerPatch }, { installScriptFreePages }] = await Promise.all([
    import('./lib/http/recordSocketAddress'),
    import('./lib/outage/serverPatch'),
    import('./lib/http/scriptFreePages'),
  ])
  recordSocketAddress()
  installServerPatch()
  installScriptFreePages()
}
