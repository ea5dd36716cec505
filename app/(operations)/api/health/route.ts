import { healthResponse } from '@/lib/health/readiness'

// Liveness for load balancers (lib/health/readiness.ts); never touches the database.
export const dynamic = 'force-dynamic'
export const GET = () => healthResponse()
