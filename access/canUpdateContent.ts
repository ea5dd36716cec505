import type { Access } from 'payload'
import { hasRole } from './roles'
import { translatorOwnsLocale } from './translatorOwnsLocale'

// Editors change everything; a translator only a locale they own (which fields, see
// hooks/keepTranslatorsToTheirFields).
export const canUpdateContent: Access = ({ req }) => hasRole(req.user, 'admin', 'editor') || translatorOwnsLocale(req)
