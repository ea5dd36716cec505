import type { CollectionConfig } from 'payload'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isStaff } from '../../access/isStaff'
import { roles } from '../../access/roles'
import { locales } from '../../i18n/locales'
import { settings } from '../../lib/env'
import { limitLoginAttempts, rememberSuccessfulLogin } from './loginLimits'
import { refuseFirstRegister } from './refuseFirstRegister'
import { refuseWeakPasswords } from './refuseWeakPasswords'
import { sameAnswerForUnknownAccounts } from './sameAnswerForUnknownAccounts'
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
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // Payload's lock (maxLoginAttempts) lets anyone lock any account by guessing wrong five
    // times; failed logins are limited per address and account instead (./loginLimits.ts).
    maxLoginAttempts: 0,
    cookies: {
      // Production is served over HTTPS only. Chromium and Firefox treat http://localhost and
      // 127.0.0.1 as secure contexts and keep Secure cookies there, so `next start` on
      // localhost (e2e) still logs in.
      secure: settings().NODE_ENV === 'production',
      // Lax, not Strict: the cookie is still left off cross-site POSTs and subrequests (CSRF),
      // but a link to /admin from a mail or a chat opens the admin logged in. Strict would
      // show the login page on every such visit and buys nothing here, as no GET changes data.
      sameSite: 'Lax',
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'locales'],
    group: { de: 'Verwaltung', es: 'Administración', en: 'Administration' },
  },
  endpoints: [
    refuseFirstRegister,
    // Accounts are created by admins, not verified by e-mail; Payload still routes
    // POST /api/users/verify/:token and fails on the missing _verificationToken field (a 500).
    { path: '/verify/:token', method: 'post', handler: (req) => Response.json({ errors: [{ message: req.t('general:notFound') }] }, { status: 404 }) },
  ],
  access: {
    admin: isStaff,
    // Lifting a lock is an administrator's decision (Payload lets any logged-in user by default).
    unlock: isAdmin,
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [limitLoginAttempts, sameAnswerForUnknownAccounts, refuseWeakPasswords],
    afterLogin: [rememberSuccessfulLogin],
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
