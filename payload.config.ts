import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { ConsentRecords } from './collections/ConsentRecords'
import { Dialogues } from './collections/Dialogues'
import { InterfaceStrings } from './collections/InterfaceStrings'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Sessions } from './collections/Sessions'
import { Stakeholders } from './collections/Stakeholders'
import { Subscribers } from './collections/Subscribers'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { withWriteGuards } from './collections/withWriteGuards'
import { WorkplanAreas } from './collections/WorkplanAreas'
import { Footer } from './globals/Footer'
import { Navigation } from './globals/Navigation'
import { SiteSettings } from './globals/SiteSettings'
import { isAdminRequest } from './access/isAdmin'
import { answerUnreadableValues } from './hooks/answerUnreadableValues'
import { keepClientErrorDetails } from './hooks/keepClientErrorDetails'
import { defaultLocale, localeLabels, locales } from './i18n/locales'
import { readEnv, requireDatabaseUrl, requireSecret } from './lib/env'
import { graphqlLimits, graphqlValidationRules } from './lib/http/graphqlLimits'
import { livePreviewUrl } from './lib/preview/livePreviewUrl'
import { previewableCollections } from './lib/preview/previewableCollections'
import { emailAdapterFromEnv } from './lib/mail/emailAdapter'
import { newsletterEndpoints } from './newsletter/endpoints/public'
import { purgeUnconfirmedTask } from './newsletter/purgeTask'
import { seo } from './plugins/seo'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
  secret: requireSecret(env),
  serverURL: env.SITE_URL,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['/components/admin/TranslationStatusPanel#TranslationStatusPanel'],
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
  collections: [Dialogues, Sessions, WorkplanAreas, Topics, Stakeholders, Media, Pages, Subscribers, ConsentRecords, InterfaceStrings, Users].map(withWriteGuards),
  endpoints: newsletterEndpoints,
  hooks: { afterError: [keepClientErrorDetails, answerUnreadableValues] },
  email: emailAdapterFromEnv(env),
  globals: [Navigation, Footer, SiteSettings],
  jobs: {
    // Scheduled publishing runs as a job; only admins may trigger the queue over HTTP.
    access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
    // No cron timers in tests: they would keep Jest alive.
    autoRun: process.env.NODE_ENV === 'test' ? [] : [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => process.env.NEXT_PHASE !== 'phase-production-build' && process.env.NODE_ENV !== 'test',
    tasks: [purgeUnconfirmedTask],
  },
  plugins: [seo],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: requireDatabaseUrl(env), max: 10 },
    migrationDir: path.resolve(dirname, 'migrations'),
    // Schema changes go through committed migrations only; the test suite alone may push.
    push: process.env.PAYLOAD_DB_PUSH === 'true',
  }),
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { de, es, en },
    fallbackLanguage: 'de',
  },
  sharp,
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
})
