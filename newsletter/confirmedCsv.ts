import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

// The confirmed subscribers with the dates of the consent that holds (Art. 7(1): who agreed,
// when, to which notice), for an admin to download. csv-stringify's escape_formulas puts a
// quote before a cell that starts with = + - @ tab or CR, so a spreadsheet opening the file runs
// nothing a reader typed as their address.
export async function confirmedSubscribersCsv(payload: Payload): Promise<string> {
  const { docs: subscribers } = await payload.find({
    collection: 'subscribers',
    where: { status: { equals: 'confirmed' } },
    depth: 0,
    pagination: false,
    sort: 'confirmedAt',
    select: { email: true, locale: true, confirmedAt: true },
    overrideAccess: true,
  })
  const { docs: records } = await payload.find({
    collection: 'consent-records',
    where: {
      and: [{ subscriber: { in: subscribers.map((doc) => doc.id) } }, { confirmedAt: { exists: true } }, { withdrawnAt: { exists: false } }],
    },
    depth: 0,
    pagination: false,
    sort: 'givenAt',
    select: { subscriber: true, givenAt: true, confirmedAt: true, noticeVersion: true },
    overrideAccess: true,
  })
  // The latest open consent per subscriber (sorted by givenAt, so the last one wins).
  const consentOf = new Map(records.map((record) => [record.subscriber as number, record]))
  const rows = subscribers.map((subscriber) => {
    const consent = consentOf.get(subscriber.id)
    return [subscriber.email, subscriber.locale, subscriber.confirmedAt ?? '', consent?.givenAt ?? '', consent?.confirmedAt ?? '', consent?.noticeVersion ?? '']
  })
  return stringify(rows, {
    header: true,
    columns: ['email', 'language', 'subscribedAt', 'consentGivenAt', 'consentConfirmedAt', 'privacyNoticeVersion'],
    escape_formulas: true,
  })
}
