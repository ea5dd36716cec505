import type { Access } from 'payload'
import { hasRole } from './roles'

export const isEditorOrAbove: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
