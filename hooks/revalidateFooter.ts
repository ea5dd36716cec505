import type { GlobalAfterChangeHook } from 'payload'
import { tags } from '../lib/cacheTags'
import { expireCacheTags } from './expireCacheTags'

// The footer is on every page; its tag expires them all.
export const revalidateFooter: GlobalAfterChangeHook = ({ doc, req, context }) => {
  expireCacheTags([tags.global('footer')], req, context)
  return doc
}
