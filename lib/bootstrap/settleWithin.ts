// A script's top-level await on a promise that nothing keeps alive (a pool client that never
// comes back, a socket already closed) ends Node with exit code 13 and no word of why — seen
// once in CI in `npm start`. The ref'd timer keeps the process alive until the work settles,
// and a deadline turns a hang into an answer that names the step it stopped in.
export async function settleWithin<T>(work: Promise<T>, timeoutMs: number, step: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s (while ${step()})`)), timeoutMs)
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}
