/* Payload's GraphQL API (kept as Payload generates it; withOutageAnswers: lib/outage/apiOutage.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { withOutageAnswers } from '@/lib/outage/apiOutage'

export const { POST, OPTIONS } = withOutageAnswers({ POST: GRAPHQL_POST(config), OPTIONS: REST_OPTIONS(config) }, { errorsIn200: true })
