import type { Session, Stakeholder } from '@/payload-types'

const attendanceMode = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const

// schema.org Event for a session.
export function sessionEvent(session: Session, url?: string): Record<string, unknown> {
  const place = session.place
  return {
    '@type': 'Event',
    name: session.title,
    description: session.summary ?? undefined,
    startDate: session.startsAt,
    endDate: session.endsAt ?? undefined,
    eventAttendanceMode: attendanceMode[session.format],
    eventStatus: 'https://schema.org/EventScheduled',
    url,
    location:
      session.format === 'online'
        ? { '@type': 'VirtualLocation', url }
        : {
            '@type': 'Place',
            name: place?.venue ?? place?.city ?? undefined,
            address: { '@type': 'PostalAddress', addressLocality: place?.city ?? undefined, addressCountry: place?.country ?? undefined },
          },
  }
}

// schema.org GovernmentOrganization for public bodies, Organization for everyone else.
export function stakeholderOrganization(stakeholder: Stakeholder, url?: string): Record<string, unknown> {
  return {
    '@type': stakeholder.sector === 'government' ? 'GovernmentOrganization' : 'Organization',
    name: stakeholder.name,
    alternateName: stakeholder.acronym ?? undefined,
    description: stakeholder.description ?? undefined,
    url: stakeholder.website ?? url,
    address: { '@type': 'PostalAddress', addressCountry: stakeholder.country },
  }
}
