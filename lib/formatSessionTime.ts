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

// The year a session begins in, on its own clock (a session on 31 December in Mexico City is
// still that year's, though it is 1 January in Berlin).
export function sessionYear(locale: string, session: { startsAt: string; startsAt_tz: string }): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: session.startsAt_tz }).format(new Date(session.startsAt))
}

// Sessions in the order given, grouped by the year they begin in.
export function byYear<S extends { startsAt: string; startsAt_tz: string }>(locale: string, sessions: S[]): { year: string; sessions: S[] }[] {
  const groups: { year: string; sessions: S[] }[] = []
  for (const session of sessions) {
    const year = sessionYear(locale, session)
    const last = groups.at(-1)
    if (last?.year === year) last.sessions.push(session)
    else groups.push({ year, sessions: [session] })
  }
  return groups
}
