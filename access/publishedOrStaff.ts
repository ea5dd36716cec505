import type { Access } from 'payload'
import { hasRole } from './roles'

// Drafts are never readable without a login.
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'translator') || { _status: { equals: 'published' } }
