// A session's time as the reader would say it, on the clock of the place it happens
// (the time zone editors chose), with the zone named so nobody converts by guesswork.
const parts: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
}

export function formatSessionTime(locale: string, timeZone: string, startsAt: string, endsAt?: string | null): string {
  const format = new Intl.DateTimeFormat(locale, { ...parts, timeZone })
  const start = new Date(startsAt)
  if (!endsAt) return format.format(start)
  return format.formatRange(start, new Date(endsAt))
}

export function formatSessionDate(locale: string, timeZone: string, startsAt: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(startsAt))
}

// Past once it has ended (or, without an end, once it has begun).
export function isPastSession(session: { startsAt: string; endsAt?: string | null }, now: Date): boolean {
  return new Date(session.endsAt ?? session.startsAt).getTime() < now.getTime()
}
