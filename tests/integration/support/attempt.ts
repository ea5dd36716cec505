export type Outcome = 'ok' | 'refused'

// Payload refuses with Forbidden (403) or, where a read filter hides the document, NotFound
// (404). Anything else is a real failure and is rethrown.
export async function attempt(operation: () => Promise<unknown>): Promise<Outcome> {
  try {
    await operation()
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return 'refused'
    throw error
  }
}
