import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { hasRole } from './roles'

export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

export const isAdmin: Access = isAdminRequest

export const isAdminField: FieldAccess = isAdminRequest
