import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'
import { ConsentRecords } from './collections/ConsentRecords'
import { Dialogues } from './collections/Dialogues'
import { InterfaceStrings } from './collections/InterfaceStrings'
import { Media } from './collections/Media'
import { NewsletterDeliveries } from './collections/NewsletterDeliveries'
import { NewsletterIssues } from './collections/NewsletterIssues'
import { Pages } from './collections/Pages'
import { PrivacyNoticeCopies } from './collections/PrivacyNoticeCopies'
import { Sessions } from './collections/Sessions'
import { Stakeholders } from './collections/Stakeholders'
import { Subscribers } from './collections/Subscribers'
import { AccessibilityFeedback } from './collections/AccessibilityFeedback'
import { accessibilityEndpoints } from './accessibility/endpoint'
import { purgeOldFeedbackTask } from './accessibility/purge'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { withTranslationWorkflow } from './collections/withTranslationWorkflow'
import { schedulePerLocale } from './lib/translation/schedulePerLocale'
import { withWriteGuards } from './collections/withWriteGuards'
import { WorkplanAreas } from './collections/WorkplanAreas'
import { Footer } from './globals/Footer'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { withRevalidation } from './globals/withRevalidation'
import { isAdminRequest } from './access/isAdmin'
import { answerUnreadableValues } from './hooks/answerUnreadableValues'
import { keepClientErrorDetails } from './hooks/keepClientErrorDetails'
import { adminTranslations } from './i18n/adminTranslations'
import { defaultLocale, localeLabels, locales } from './i18n/locales'
import { assertSafeForProduction, isBuildPhase, requireDatabaseUrl, requireSecret, settings } from './lib/env'
import { graphqlLimits, graphqlValidationRules } from './lib/http/graphqlLimits'
import { uploadLimits } from './lib/uploads/uploadLimits'
import { livePreviewUrl } from './lib/preview/livePreviewUrl'
import { previewableCollections } from './lib/preview/previewableCollections'
import { emailAdapterFromEnv } from './lib/mail/emailAdapter'
import { payloadLoggerOptions } from './lib/log/logger'
import { watchPool } from './lib/outage/watchPool'
import { newsletterEndpoints } from './newsletter/endpoints/public'
import { relayEndpoints } from './newsletter/endpoints/relay'
import { purgeUnconfirmedTask } from './newsletter/purgeTask'
import { germanSourceForPluginFields } from './plugins/germanSourceForPluginFields'
import { seo } from './plugins/seo'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// A production server checks its settings when it loads the config, however it was started.
const env = settings().NODE_ENV === 'production' && !isBuildPhase() ? assertSafeForProduction() : settings()

export default buildConfig({
  secret: requireSecret(env),
  serverURL: env.SITE_URL,
  admin: {
    user: Users.slug,
    // Payload's default avatar is Gravatar: each admin page would send a hash of the staff
    // member's e-mail address to a third party (and need it in the CSP's img-src).
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['/components/admin/TranslationWorkList#TranslationWorkList', '/components/admin/TranslationStatusPanel#TranslationStatusPanel'],
    },
    meta: { titleSuffix: ' – Digitaldialoge' },
    livePreview: {
      collections: [...previewableCollections],
      url: livePreviewUrl,
      breakpoints: [
        { label: 'Mobil', name: 'mobile', width: 375, height: 667 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
      ],
    },
    timezones: {
      supportedTimezones: [
        { label: 'Berlin (MEZ/MESZ)', value: 'Europe/Berlin' },
        { label: 'Ciudad de México', value: 'America/Mexico_City' },
        { label: 'UTC', value: 'UTC' },
      ],
      defaultTimezone: 'Europe/Berlin',
    },
  },
  collections: [Dialogues, Sessions, WorkplanAreas, Topics, Stakeholders, Media, Pages, Subscribers, NewsletterIssues, NewsletterDeliveries, ConsentRecords, PrivacyNoticeCopies, AccessibilityFeedback, InterfaceStrings, Users]
    .map(withTranslationWorkflow)
    .map(withWriteGuards),
  endpoints: [...newsletterEndpoints, ...relayEndpoints, ...accessibilityEndpoints],
  hooks: { afterError: [keepClientErrorDetails, answerUnreadableValues] },
  onInit: watchPool,
  email: emailAdapterFromEnv(env),
  // JSON lines with the request id in production; Payload's readable lines while developing.
  logger: env.NODE_ENV === 'production' ? payloadLoggerOptions : { ...payloadLoggerOptions, destination: defaultLoggerOptions },
  globals: [Navigation, Footer, SiteSettings].map(withRevalidation),
  jobs: {
    // Scheduled publishing runs as a job; only admins may trigger the queue over HTTP.
    access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
    // No cron timers in tests: they would keep Jest alive.
    autoRun: env.NODE_ENV === 'test' ? [] : [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => !isBuildPhase() && env.NODE_ENV !== 'test',
    tasks: [purgeUnconfirmedTask, purgeOldFeedbackTask],
  },
  // Per-locale draft/published state (collections/editorialVersions.ts).
  experimental: { localizeStatus: true },
  // The German text beside each translatable field also for the fields plugins add.
  plugins: [seo, germanSourceForPluginFields],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: requireDatabaseUrl(env), max: 10 },
    migrationDir: path.resolve(dirname, 'migrations'),
    // Schema changes go through committed migrations only; the test suite alone may push.
    push: env.PAYLOAD_DB_PUSH === 'true',
  }),
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { de, es, en },
    fallbackLanguage: 'de',
    translations: adminTranslations,
  },
  sharp,
  // Payload's multipart parser: 413 past either limit, while the body streams in.
  upload: {
    limits: { fileSize: uploadLimits.fileBytes },
    requestSizeLimit: uploadLimits.requestBytes,
    abortOnLimit: true,
    // One text for all: Payload takes no per-request message here.
    responseOnLimit: `Datei zu groß / Archivo demasiado grande / File too large (max. ${uploadLimits.fileBytes / 2 ** 20} MB)`,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    // Bounds for queries over HTTP (lib/http/graphqlLimits.ts). Introspection and the playground
    // stay off in production (Payload's defaults, spelled out): the admin does not need them.
    maxComplexity: graphqlLimits.complexity,
    validationRules: graphqlValidationRules,
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
  },
}).then(schedulePerLocale)
