import { formatSessionTime, isPastSession } from '@/lib/formatSessionTime'

describe('a session time', () => {
  const start = '2024-05-14T15:00:00.000Z'
  const end = '2024-05-14T23:00:00.000Z'

  it('is shown on the clock of the place it happens, in the reader’s language', () => {
    expect(formatSessionTime('de', 'America/Mexico_City', start, end)).toMatch(/Dienstag, 14\. Mai 2024.*09:00.*17:00/)
    expect(formatSessionTime('es', 'America/Mexico_City', start, end)).toMatch(/martes, 14 de mayo de 2024/)
    expect(formatSessionTime('en', 'Europe/Berlin', start)).toMatch(/Tuesday.*14 May 2024|Tuesday, May 14, 2024/)
  })

  it('names the time zone so nobody has to guess', () => {
    expect(formatSessionTime('de', 'Europe/Berlin', start)).toMatch(/MESZ|GMT\+2|CEST/)
  })

  it('is past once it has ended, or once it has begun when it has no end', () => {
    const now = new Date('2024-05-14T20:00:00.000Z')
    expect(isPastSession({ startsAt: start, endsAt: end }, now)).toBe(false)
    expect(isPastSession({ startsAt: start }, now)).toBe(true)
  })
})
