import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Env } from '../env'
import { createMailFolderTransport } from './mailFolderTransport'

// "Name <address>" or a bare address, as MAIL_FROM may be written.
export function parseSender(from: string): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { name: match[1] || match[2], address: match[2] }
  return { name: from.trim(), address: from.trim() }
}

// The mail folder (.data/mails, files with live links) is for development and
// tests. A production server refuses to start without SMTP_URL; only `next build`, which
// loads the config but sends nothing, gets here, and its transport refuses to send.
function localTransport(env: Env) {
  if (env.NODE_ENV !== 'production') return createMailFolderTransport()
  return nodemailer.createTransport({
    name: 'no-smtp',
    version: '1.0.0',
    send: (_mail, callback) => callback(new Error('SMTP_URL is not set: a production server sends no mail without it'), undefined as never),
  })
}

// Always hand the adapter a transport: without one it would try to create an Ethereal account
// over the network. skipVerify: the app must start even while the mail server is unreachable.
export function emailAdapterFromEnv(env: Env) {
  const sender = parseSender(env.MAIL_FROM)
  const transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : localTransport(env)
  return nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    transport,
    skipVerify: true,
  })
}
