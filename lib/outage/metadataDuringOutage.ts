import type { Metadata } from 'next'
import { DatabaseUnavailableError } from './databaseState'

// A page's generateMetadata reads what the page reads. If it throws the outage marker, Next
// answers with its bare root error page (metadata sits outside the segment's error.tsx); with
// no metadata instead, the page's own read throws it into error.tsx, in the reader's language.
export function metadataDuringOutage<Args extends unknown[]>(generate: (...args: Args) => Promise<Metadata>) {
  return async (...args: Args): Promise<Metadata> => {
    try {
      return await generate(...args)
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return {}
      throw error
    }
  }
}
