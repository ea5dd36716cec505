import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isStaff } from '../../access/isStaff'
import { roles } from '../../access/roles'
import { locales } from '../../i18n/locales'
import { firstUserIsAdmin } from './firstUserIsAdmin'
import { translatorNeedsLocales } from './translatorNeedsLocales'

const roleLabels = {
  admin: { de: 'Administration', es: 'Administración', en: 'Administrator' },
  editor: { de: 'Redaktion', es: 'Redacción', en: 'Editor' },
  translator: { de: 'Übersetzung', es: 'Traducción', en: 'Translator' },
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { de: 'Benutzerkonto', es: 'Cuenta de usuario', en: 'User account' },
    plural: { de: 'Benutzerkonten', es: 'Cuentas de usuario', en: 'User accounts' },
  },
  // Accounts are created by admins, not verified by e-mail; Payload still routes
  // POST /api/users/verify/:token and fails on the missing _verificationToken field (a 500).
  endpoints: [{ path: '/verify/:token', method: 'post', handler: (req) => Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 }) }],
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'locales'],
    group: { de: 'Verwaltung', es: 'Administración', en: 'Administration' },
  },
  access: {
    admin: isStaff,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      maxLength: 120,
      label: { de: 'Name', es: 'Nombre', en: 'Name' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { de: 'Rolle', es: 'Rol', en: 'Role' },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'locales',
      type: 'select',
      hasMany: true,
      // The default table name, users_locales, is the one Payload uses for localized columns.
      dbName: 'users_owned_locales',
      enumName: 'enum_users_owned_locales',
      saveToJWT: true,
      label: { de: 'Sprachen', es: 'Idiomas', en: 'Languages' },
      admin: {
        description: {
          de: 'Die Sprachen, die diese Person übersetzen darf.',
          es: 'Los idiomas que esta persona puede traducir.',
          en: 'The languages this person may translate.',
        },
        condition: (data) => data?.role === 'translator',
      },
      options: [...locales],
      access: { create: isAdminField, update: isAdminField },
      validate: translatorNeedsLocales,
    },
  ],
}
