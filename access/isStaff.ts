import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

// Any account with a role may open the admin panel; what it may do there is decided per collection.
export const isStaff = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin', 'editor', 'translator')
