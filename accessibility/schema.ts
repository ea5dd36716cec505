import { z } from 'zod'
import { locales } from '../i18n/locales'
import { normalizeAddress } from '../newsletter/schema'

// What a reader may tell us about a barrier. Error messages are message keys
// (Accessibility.feedback.errors.*), translated where the reader sees them.
export const MESSAGE_MIN = 10
export const MESSAGE_MAX = 5000
export const PAGE_MAX = 500

const optionalText = (max: number, code: string) =>
  z
    .string({ error: code })
    .trim()
    .max(max, { error: code })
    .optional()
    .transform((value) => value || undefined)

export const feedbackSchema = z.object({
  message: z.string({ error: 'message' }).trim().min(MESSAGE_MIN, { error: 'message' }).max(MESSAGE_MAX, { error: 'message' }),
  // Where the barrier was met: an address or a description ("the video on the DGS page").
  page: optionalText(PAGE_MAX, 'page'),
  // Only when the reader wants an answer; nothing else about them is asked.
  email: optionalText(254, 'email').transform((value, context) => {
    if (value === undefined) return undefined
    const address = normalizeAddress(value)
    if (!address) {
      context.addIssue({ code: 'custom', message: 'email' })
      return z.NEVER
    }
    return address
  }),
  locale: z.enum(locales, { error: 'locale' }),
  // Hidden from people; bots fill it. Not refused here, so a bot sees everyone's answer.
  website: z.string().max(500).optional().default(''),
})

export type FeedbackInput = z.infer<typeof feedbackSchema>
export const feedbackFields = ['message', 'page', 'email', 'locale'] as const
export type FeedbackField = (typeof feedbackFields)[number]
export type FeedbackErrors = Partial<Record<FeedbackField, FeedbackField>>

export function fromFormData(form: FormData | URLSearchParams): Record<string, unknown> {
  const field = (name: string) => form.get(name) ?? undefined
  return { message: field('message'), page: field('page'), email: field('email'), locale: field('locale'), website: form.get('website') ?? '' }
}

export type ParsedFeedback = { ok: true; data: FeedbackInput } | { ok: false; errors: FeedbackErrors }

export function parseFeedback(raw: unknown): ParsedFeedback {
  const parsed = feedbackSchema.safeParse(raw)
  if (parsed.success) return { ok: true, data: parsed.data }
  const errors: FeedbackErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    // The honeypot is never reported (a bot hears the usual answer); anything unnamed is the message.
    if (field === 'website') continue
    const known = (feedbackFields as readonly unknown[]).includes(field) ? (field as FeedbackField) : 'message'
    errors[known] ??= known
  }
  return { ok: false, errors }
}
