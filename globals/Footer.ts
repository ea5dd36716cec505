import type { GlobalConfig } from 'payload'
import { label } from '../fields/label'
import { keepTranslatorsToTheirGlobalFields } from '../hooks/keepTranslatorsToTheirFields'
import { globalAccess } from './globalAccess'
import { linkFields } from './linkFields'

export const Footer: GlobalConfig = {
  slug: 'footer',
  label: label('Fußbereich', 'Pie de página', 'Footer'),
  access: globalAccess,
  hooks: { beforeChange: [keepTranslatorsToTheirGlobalFields] },
  fields: [
    { name: 'links', type: 'array', maxRows: 12, label: label('Links', 'Enlaces', 'Links'), fields: linkFields },
    { name: 'note', type: 'textarea', localized: true, maxLength: 500, label: label('Hinweis', 'Nota', 'Note') },
  ],
}
