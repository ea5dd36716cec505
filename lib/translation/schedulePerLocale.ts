import type { CollectionSlug, SanitizedConfig, TaskConfig, TaskHandler } from 'payload'
import { isLocale } from '@/i18n/locales'

// Payload types a handler by the task slugs it knows; this one wraps a built-in task.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = TaskHandler<any>

interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  locale?: string | null
  doc?: { relationTo: CollectionSlug; value: string | number } | null
  user?: { relationTo: CollectionSlug; value: string | number } | null
}

// Payload's scheduled publishing passes the scheduled locale only when publishing: a scheduled
// unpublish of Spanish ran in the default locale and took German offline instead. With each
// locale published on its own (collections/editorialVersions.ts), a job for one locale of a
// document publishes or unpublishes that locale, with the scheduling person's rights, for
// both kinds; every other job (globals, no locale) runs Payload's own handler.
export function schedulePerLocale(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs?.tasks?.find((candidate) => candidate.slug === 'schedulePublish') as TaskConfig | undefined
  if (!task || typeof task.handler !== 'function') return config
  const payloadHandler = task.handler as Handler
  const handler: Handler = async (args) => {
    const input = args.input as ScheduleInput
    if (!input?.doc || !isLocale(input.locale)) return payloadHandler(args)
    const { payload } = args.req
    const user = input.user
      ? { ...(await payload.findByID({ collection: input.user.relationTo, id: input.user.value, depth: 0 })), collection: input.user.relationTo }
      : null
    await payload.update({
      collection: input.doc.relationTo,
      id: Number(input.doc.value),
      locale: input.locale,
      data: { _status: input.type === 'unpublish' ? 'draft' : 'published' },
      depth: 0,
      overrideAccess: user === null,
      user: user as never,
    })
    return { output: {} }
  }
  task.handler = handler as never
  return config
}
