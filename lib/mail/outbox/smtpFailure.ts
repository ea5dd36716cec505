// What an SMTP answer means for a retry: a 5xx reply (mailbox unknown, message refused) will not
// change on its own, so the mail is marked failed at once; a 4xx reply, a refused or dropped
// connection or a timeout passes, so the mail is tried again later. The description carries
// the codes only: SMTP replies often quote the address, and logs never hold one.
export interface SmtpFailure {
  permanent: boolean
  description: string
}

export function classifySmtpFailure(error: unknown): SmtpFailure {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown }
  const reply = typeof responseCode === 'number' ? responseCode : undefined
  const kind = typeof code === 'string' && /^[A-Z_]{2,20}$/.test(code) ? code : 'EUNKNOWN'
  const permanent = reply !== undefined && reply >= 500 && reply < 600
  return { permanent, description: `SMTP ${permanent ? 'permanent' : 'temporary'} failure (${kind}${reply ? ` ${reply}` : ''})` }
}
