import type { Endpoint } from 'payload'

export const issueEndpoints: Endpoint[] = []
