// A token bucket: `rate` mails a second on average, at most a tenth of a second's worth at once.
export function createPacer(rate: number, now: () => number = Date.now) {
  const burst = Math.max(1, Math.ceil(rate / 10))
  let tokens = burst
  let last = now()
  const refill = () => {
    const time = now()
    tokens = Math.min(burst, tokens + ((time - last) / 1000) * rate)
    last = time
  }
  return {
    // Takes up to `wanted` whole tokens; how many it got.
    take(wanted: number): number {
      refill()
      const granted = Math.min(wanted, Math.floor(tokens))
      tokens -= granted
      return granted
    },
    // Milliseconds until the next whole token.
    wait(): number {
      refill()
      return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / rate) * 1000)
    },
  }
}
