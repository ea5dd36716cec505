import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { requestDatabase } from '../../lib/db/requestDatabase'
import { audienceOf } from '../../newsletter/dispatch/audience'
import { startDeliveries } from '../../newsletter/dispatch/startDeliveries'
import { startingStatuses, type IssueStatus } from './statuses'

const starts = (before: unknown, after: unknown) => after === 'sending' && startingStatuses.includes((before ?? 'draft') as IssueStatus)

export const stampSendingStart: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (starts(originalDoc?.status, data.status)) data.startedAt = new Date().toISOString()
  return data
}

// In the save's own transaction: an issue is `sending` only together with its deliveries.
export const startDeliveriesOnSend: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !starts(previousDoc?.status, doc.status)) return doc
  await startDeliveries(await requestDatabase(req), doc.id, audienceOf(doc))
  return doc
}
