import type { CollectionConfig } from 'payload'
import { canUpdateContent } from '../../access/canUpdateContent'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { label } from '../../fields/label'
import { keepTranslatorsToTheirFields } from '../../hooks/keepTranslatorsToTheirFields'
import { validateInterfaceString } from '../../i18n/strings/validateInterfaceString'
import { groups } from '../groups'
import { markTranslationsForReview } from './markTranslationsForReview'
import { trackTranslationState } from './trackTranslationState'

// Set by the sync from the files only: through the API nobody may move a key or its German
// source (the checks compare every translation with that source).
const syncOnly = { create: () => false, update: () => false }

// The site's interface strings (buttons, headings, form messages). The keys come from
// messages/*.json and are synced on migrate (i18n/strings/syncInterfaceStrings.ts); the admin
// edits the values, which the site lays over the JSON files (i18n/request.ts).
export const InterfaceStrings: CollectionConfig = {
  slug: 'interface-strings',
  labels: {
    singular: label('Oberflächentext', 'Texto de la interfaz', 'Interface string'),
    plural: label('Oberflächentexte', 'Textos de la interfaz', 'Interface strings'),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'value', 'needsReview', 'origin', 'archived'],
    listSearchableFields: ['key', 'source'],
    group: groups.translation,
    description: label(
      'Texte der Website-Oberfläche. Platzhalter in geschweiften Klammern wie {name} und Auszeichnungen wie <link>…</link> bleiben wie im deutschen Text.',
      'Textos de la interfaz del sitio. Los marcadores entre llaves como {name} y las etiquetas como <link>…</link> se mantienen como en el texto alemán.',
      'Texts of the site’s interface. Placeholders in braces such as {name} and tags such as <link>…</link> stay as in the German text.',
    ),
  },
  defaultSort: 'key',
  // Readers cannot query the strings, but every page lays them over its messages: a save
  // expires that language's pages (lib/cache/shownToReaders.ts).
  custom: { shownToReaders: true },
  access: {
    read: isStaff,
    // Keys belong to the code: only the sync creates them (with overrideAccess).
    create: nobody,
    update: canUpdateContent,
    // Only archived keys are worth deleting; a live key would come back on the next sync.
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [keepTranslatorsToTheirFields, trackTranslationState],
    afterChange: [markTranslationsForReview],
  },
  fields: [
    {
      name: 'key',
      access: syncOnly,
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Schlüssel', 'Clave', 'Key'),
      admin: { readOnly: true },
    },
    {
      name: 'source',
      access: syncOnly,
      type: 'textarea',
      required: true,
      label: label('Deutscher Ausgangstext (messages/de.json)', 'Texto fuente alemán (messages/de.json)', 'German source (messages/de.json)'),
      admin: { readOnly: true },
    },
    {
      name: 'description',
      type: 'textarea',
      label: label('Hinweis für Übersetzer:innen', 'Nota para traductores', 'Note for translators'),
      admin: {
        description: label(
          'Wo der Text erscheint und was zu beachten ist.',
          'Dónde aparece el texto y qué tener en cuenta.',
          'Where the text appears and what to keep in mind.',
        ),
      },
    },
    {
      name: 'value',
      type: 'textarea',
      localized: true,
      label: label('Text', 'Texto', 'Text'),
      validate: validateInterfaceString,
      admin: {
        description: label(
          'Leer lassen, um den Text aus der Datei der Sprache zu zeigen.',
          'Déjelo vacío para mostrar el texto del archivo del idioma.',
          'Leave empty to show the text from the language’s file.',
        ),
      },
    },
    {
      name: 'needsReview',
      type: 'checkbox',
      localized: true,
      defaultValue: false,
      index: true,
      label: label('Prüfen: deutscher Text geändert', 'Revisar: el texto alemán cambió', 'Review: German text changed'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'origin',
      type: 'select',
      localized: true,
      defaultValue: 'file',
      index: true,
      label: label('Herkunft', 'Origen', 'Origin'),
      options: [
        { value: 'file', label: label('Datei', 'Archivo', 'File') },
        { value: 'edited', label: label('Im Admin bearbeitet', 'Editado en el admin', 'Edited in the admin') },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'namespace',
      access: syncOnly,
      type: 'text',
      index: true,
      label: label('Bereich', 'Sección', 'Namespace'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'archived',
      access: syncOnly,
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Archiviert (nicht mehr in den Dateien)', 'Archivado (ya no está en los archivos)', 'Archived (no longer in the files)'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // The value the JSON file had at the last sync: tells a file change from an edit.
      name: 'fileValue',
      type: 'textarea',
      localized: true,
      access: syncOnly,
      admin: { hidden: true },
    },
  ],
}
