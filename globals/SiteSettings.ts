import type { GlobalConfig } from 'payload'
import { label } from '../fields/label'
import { keepTranslatorsToTheirGlobalFields } from '../hooks/keepTranslatorsToTheirFields'
import { globalAccess } from './globalAccess'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('Website-Einstellungen', 'Ajustes del sitio', 'Site settings'),
  access: globalAccess,
  hooks: { beforeChange: [keepTranslatorsToTheirGlobalFields] },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, maxLength: 100, label: label('Name der Website', 'Nombre del sitio', 'Site name') },
    {
      name: 'ministryName',
      type: 'text',
      localized: true,
      maxLength: 150,
      label: label('Name des Ministeriums', 'Nombre del ministerio', 'Name of the ministry'),
    },
    {
      // Shown beside the site name in the header; its alt text (Media, localized) names the ministry.
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { contains: 'image' } },
      label: label('Logo', 'Logotipo', 'Logo'),
    },
    { name: 'tagline', type: 'text', localized: true, maxLength: 200, label: label('Untertitel', 'Lema', 'Tagline') },
    {
      name: 'accessibilityContact',
      type: 'email',
      label: label('Kontakt für Barrierefreiheit', 'Contacto de accesibilidad', 'Accessibility contact'),
    },
  ],
}
