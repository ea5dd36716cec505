import { requireDatabaseUrl } from '@/lib/env'
import { checkReadiness, readinessResponse } from '@/lib/health/readiness'

// Readiness for load balancers: database reachable and migrations current (lib/health/readiness.ts).
export const dynamic = 'force-dynamic'
export const GET = async () => readinessResponse(await checkReadiness(requireDatabaseUrl()))
