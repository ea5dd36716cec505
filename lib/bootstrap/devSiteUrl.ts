// `npm run dev -- -p 3100` must put port 3100 into mail links and redirects: the address
// follows next dev's port (-p/--port, else PORT, else 3000) unless SITE_URL is set.
export function devSiteUrl(args: readonly string[], env: Record<string, string | undefined>): string {
  if (env.SITE_URL) return env.SITE_URL
  return `http://localhost:${devPort(args) ?? env.PORT ?? '3000'}`
}

function devPort(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '-p' || arg === '--port') return args[i + 1]
    const joined = /^(?:-p|--port)=(\d+)$/.exec(arg)
    if (joined) return joined[1]
  }
  return undefined
}
