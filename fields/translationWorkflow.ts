import type { Field } from 'payload'
import { label } from './label'

// What the translation workflow keeps on a document (lib/translation, hooks/recordTranslationSources).
export const translationWorkflowFields = (): Field[] => [
  {
    // Set by a translator in their locale, cleared when an editor publishes that locale.
    name: 'readyForReview',
    type: 'checkbox',
    localized: true,
    label: label('Übersetzung bereit zur Prüfung', 'Traducción lista para revisión', 'Translation ready for review'),
    admin: { position: 'sidebar' },
  },
  {
    // Per locale and field (lib/translation/leaves: stable keys), the German text the
    // translation was last saved against: a translation whose German text has changed since is
    // outdated. Written by hooks/recordTranslationSources only; the same in every locale.
    name: 'translationSources',
    type: 'json',
    admin: { hidden: true, readOnly: true },
  },
]
