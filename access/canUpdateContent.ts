import type { Access } from 'payload'
import { hasRole } from './roles'
import { translatorOwnsLocale } from './translatorOwnsLocale'

// Editors change everything; a translator only a locale they own (which fields, see
// hooks/keepTranslatorsToTheirFields), and never to publish: Payload asks this rule with
// `_status: 'published'` to decide whether the admin shows "Publish" and may restore a
// published version (the refusal with a reason is hooks/keepTranslatorsToDrafts).
export const canUpdateContent: Access = ({ req, data }) =>
  hasRole(req.user, 'admin', 'editor') || (translatorOwnsLocale(req) && (data as { _status?: unknown } | undefined)?._status !== 'published')
