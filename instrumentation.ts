// Runs once when the server starts, before it serves a request. NEXT_RUNTIME is Next's own
// switch between its runtimes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ recordSocketAddress }, { installSignUpBelowNext }, { installServerPatch }, { installScriptFreePages }] = await Promise.all([
    import('./lib/http/recordSocketAddress'),
    import('./newsletter/endpoints/signUpBelowNext'),
    import('./lib/outage/serverPatch'),
    import('./lib/http/scriptFreePages'),
  ])
  recordSocketAddress()
  // Each one wraps those installed before it: the sign-up's door runs inside the server patch
  // (request context, X-Request-Id). Payload is loaded with the first sign-up, not at start.
  let client: Promise<typeof import('./lib/payloadClient')> | undefined
  installSignUpBelowNext(async () => (await (client ??= import('./lib/payloadClient'))).payloadClient())
  installServerPatch()
  installScriptFreePages()
}
