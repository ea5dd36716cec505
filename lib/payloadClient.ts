import config from '@payload-config'
import { getPayload } from 'payload'

// Payload caches the instance itself; this only names the one way reader code reaches it.
export const payloadClient = () => getPayload({ config })
