import type { GlobalConfig } from 'payload'
import { label } from '../fields/label'
import { keepTranslatorsToTheirGlobalFields } from '../hooks/keepTranslatorsToTheirFields'
import { globalAccess } from './globalAccess'
import { linkFields } from './linkFields'

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: label('Navigation', 'Navegación', 'Navigation'),
  access: globalAccess,
  hooks: { beforeChange: [keepTranslatorsToTheirGlobalFields] },
  fields: [{ name: 'items', type: 'array', maxRows: 8, label: label('Einträge', 'Entradas', 'Items'), fields: linkFields }],
}
