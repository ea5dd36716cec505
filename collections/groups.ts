import { label } from '../fields/label'

export const groups = {
  content: label('Inhalte', 'Contenidos', 'Content'),
  site: label('Website', 'Sitio web', 'Website'),
  translation: label('Übersetzung', 'Traducción', 'Translation'),
  admin: label('Verwaltung', 'Administración', 'Administration'),
}
