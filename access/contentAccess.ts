import type { CollectionConfig } from 'payload'
import { anyone } from './anyone'
import { canUpdateContent } from './canUpdateContent'
import { isEditorOrAbove } from './isEditorOrAbove'
import { publishedOrStaff } from './publishedOrStaff'
import { hasRole } from './roles'

type AccessRules = NonNullable<CollectionConfig['access']>

// Content without drafts: public to read.
export const publicContentAccess: AccessRules = {
  read: anyone,
  create: isEditorOrAbove,
  update: canUpdateContent,
  delete: isEditorOrAbove,
}

// Content with drafts: the public sees published versions only.
export const draftContentAccess: AccessRules = {
  ...publicContentAccess,
  read: publishedOrStaff,
  readVersions: ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator'),
}
