// An issue's life: written as a draft, perhaps scheduled, then sent (pausable), or cancelled.
export const issueStatuses = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'cancelled'] as const
export type IssueStatus = (typeof issueStatuses)[number]

// Which status a staff member may move an issue to from which. `sent` is never chosen by a
// person: the dispatcher sets it when the last delivery is settled.
export const staffTransitions: Record<IssueStatus, readonly IssueStatus[]> = {
  draft: ['scheduled', 'sending', 'cancelled'],
  scheduled: ['draft', 'sending', 'cancelled'],
  sending: ['paused'],
  paused: ['sending', 'cancelled'],
  sent: [],
  cancelled: [],
}

// While these hold, subject, body and audience may still change; from the first delivery on
// they are what readers get.
export const editableStatuses: readonly IssueStatus[] = ['draft', 'scheduled']

// Statuses that start deliveries when an issue enters `sending` from them (a resume from
// `paused` reuses the rows made at the start).
export const startingStatuses: readonly IssueStatus[] = ['draft', 'scheduled']
