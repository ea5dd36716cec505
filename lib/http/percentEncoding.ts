// "%zz", a cut-off "%E0%A4" or overlong UTF-8 ("%C0%AF") cannot be decoded. Next's router
// throws on such a path while matching a dynamic route and then fails to render its own 400
// page (this app has no pages/_error), so the reader got a 500; the proxy answers first.
export function hasBrokenEscape(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true // URIError: the proxy answers 400
  }
}
