import { currentRequest } from '@/lib/log/requestContext'
import { DatabaseUnavailableError } from './databaseState'

// A page whose render met the outage somewhere it was tolerated (the layout's footer, the
// translators' edits of interface strings) must not be cached as if it were whole: it fails
// with the outage marker instead, like a page whose own read failed.
export function throwIfOutageMet(): void {
  if (currentRequest()?.outage) throw new DatabaseUnavailableError('met earlier in this render')
}
