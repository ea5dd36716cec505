/* Payload's REST API (as Payload generates it, each handler wrapped by lib/http/rejectBadInput). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { rejectBadInput } from '@/lib/http/rejectBadInput'

export const GET = rejectBadInput(REST_GET(config))
export const POST = rejectBadInput(REST_POST(config))
export const DELETE = rejectBadInput(REST_DELETE(config))
export const PATCH = rejectBadInput(REST_PATCH(config))
export const PUT = rejectBadInput(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
