// Runs once when the server starts. NEXT_RUNTIME is Next's own switch between its runtimes.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { installServerPatch } = await import('./lib/outage/serverPatch')
  installServerPatch()
}
