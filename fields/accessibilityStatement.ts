import type { Field, GroupField, Validate } from 'payload'
import { email as validEmail } from 'payload/shared'
import { adminText, type AdminTextKey } from '../i18n/adminTranslations'
import { label } from './label'

// The parts an Erklärung zur Barrierefreiheit must have (BITV 2.0 § 7, EU 2018/1523 Annex):
// the compliance status, what is not accessible and why (with alternatives), when it was made
// and last reviewed and how, and the feedback contact. The link to the feedback form and to the
// Schlichtungsstelle nach § 16 BGG are rendered by the page itself, so no edit can drop them.
// The fields are required on the page whose key is "accessibility" and only there; drafts may
// be incomplete (Payload validates on publish).
export const conformanceLevels = ['full', 'partial', 'none'] as const
export const evaluationMethods = ['self-assessment', 'external-test'] as const

type Data = { key?: string | null; statement?: { conformance?: string | null; preparedOn?: string | null } | null }
const isStatement = (data: unknown) => (data as Data | undefined)?.key === 'accessibility'
const empty = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

// Required on the statement page: the message names the duty, in the admin's language.
const requiredOnStatement =
  (message: AdminTextKey = 'digitaldialoge:statementPartRequired'): Validate =>
  (value, { data, req }) =>
    !isStatement(data) || !empty(value) || adminText(req)(message)

const barriersMatchConformance: Validate = (value, { data, req }) => {
  if (!isStatement(data)) return true
  const conformance = (data as Data).statement?.conformance
  const rows = Array.isArray(value) ? value.length : 0
  if (conformance && conformance !== 'full' && rows === 0) return adminText(req)('digitaldialoge:statementBarriersRequired')
  if (conformance === 'full' && rows > 0) return adminText(req)('digitaldialoge:statementNoBarriersWhenFull')
  return true
}

const reviewedAfterPrepared: Validate = (value, options) => {
  const required = requiredOnStatement()(value, options)
  if (required !== true) return required
  const prepared = (options.data as Data).statement?.preparedOn
  if (!value || !prepared || new Date(value as string) >= new Date(prepared)) return true
  return adminText(options.req)('digitaldialoge:reviewedBeforePrepared')
}

const barrierFields: Field[] = [
  { name: 'content', type: 'text', localized: true, maxLength: 300, validate: requiredOnStatement(), label: label('Inhalt', 'Contenido', 'Content') },
  { name: 'reason', type: 'textarea', localized: true, maxLength: 2000, validate: requiredOnStatement(), label: label('Begründung', 'Motivo', 'Reason') },
  { name: 'alternative', type: 'textarea', localized: true, maxLength: 2000, label: label('Barrierefreie Alternative', 'Alternativa accesible', 'Accessible alternative') },
]

export const accessibilityStatementField: GroupField = {
  name: 'statement',
  type: 'group',
  label: label('Erklärung zur Barrierefreiheit', 'Declaración de accesibilidad', 'Accessibility statement'),
  admin: { condition: (data) => isStatement(data) },
  fields: [
    {
      name: 'conformance',
      type: 'select',
      validate: requiredOnStatement(),
      label: label('Stand der Vereinbarkeit', 'Situación de cumplimiento', 'Compliance status'),
      options: [
        { value: 'full', label: label('vollständig vereinbar', 'cumple plenamente', 'fully compliant') },
        { value: 'partial', label: label('teilweise vereinbar', 'cumple parcialmente', 'partially compliant') },
        { value: 'none', label: label('nicht vereinbar', 'no cumple', 'not compliant') },
      ] satisfies { value: (typeof conformanceLevels)[number]; label: unknown }[],
    },
    {
      name: 'barriers',
      type: 'array',
      maxRows: 50,
      validate: barriersMatchConformance,
      label: label('Nicht barrierefreie Inhalte', 'Contenidos no accesibles', 'Non-accessible content'),
      fields: barrierFields,
    },
    {
      type: 'row',
      fields: [
        { name: 'preparedOn', type: 'date', validate: requiredOnStatement(), label: label('Erstellt am', 'Elaborada el', 'Prepared on'), admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'lastReviewedOn', type: 'date', validate: reviewedAfterPrepared, label: label('Zuletzt überprüft am', 'Última revisión el', 'Last reviewed on'), admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    {
      name: 'method',
      type: 'select',
      validate: requiredOnStatement(),
      label: label('Grundlage der Bewertung', 'Base de la evaluación', 'Basis of the evaluation'),
      options: [
        { value: 'self-assessment', label: label('Selbstbewertung', 'Autoevaluación', 'Self-assessment') },
        { value: 'external-test', label: label('Prüfung durch Dritte', 'Evaluación externa', 'External evaluation') },
      ] satisfies { value: (typeof evaluationMethods)[number]; label: unknown }[],
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Kontakt für Rückmeldungen', 'Contacto para comentarios', 'Contact for feedback'),
      fields: [
        { name: 'email', type: 'email', validate: (value: unknown, options: Parameters<typeof validEmail>[1]) => {
          const required = requiredOnStatement()(value, options)
          return required !== true ? required : validEmail(value as string, { ...options, required: false })
        }, label: label('E-Mail', 'Correo electrónico', 'E-mail') },
        { name: 'phone', type: 'text', maxLength: 40, label: label('Telefon', 'Teléfono', 'Phone') },
        { name: 'address', type: 'textarea', localized: true, maxLength: 500, label: label('Anschrift', 'Dirección postal', 'Postal address') },
      ],
    },
  ],
}
