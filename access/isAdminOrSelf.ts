import type { Access } from 'payload'
import { hasRole } from './roles'

// Staff see and edit their own account; only admins see or edit everyone's.
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
