import { admin } from './admin'
import { graphql } from './graphql'
import { newsletter } from './newsletter'
import { seededRandom } from './random'
import { readerPages } from './readerPages'
import type { Family, Generator, HostileRequest, Known } from './request'
import { restAuth } from './restAuth'
import { restCollections } from './restCollections'
import { staticFiles } from './staticFiles'

export const families: [Family, Generator][] = [
  ['reader pages', readerPages],
  ['REST collections', restCollections],
  ['REST auth', restAuth],
  ['GraphQL', graphql],
  ['newsletter', newsletter],
  ['admin', admin],
  ['static', staticFiles],
]

// Every family's requests from one seed: the same seed, the same list.
export function hostileRequests(known: Known, seed: number): HostileRequest[] {
  const random = seededRandom(seed)
  return families.flatMap(([, generate]) => generate(known, random))
}
