import { readFileSync } from 'node:fs'
import { matrixAsMarkdown } from '@/access/matrix'

it('docs/access.md shows the access matrix the tests enforce', () => {
  const doc = readFileSync('docs/access.md', 'utf8')
  const table = doc.split('<!-- access-matrix:start -->')[1]?.split('<!-- access-matrix:end -->')[0]?.trim()
  expect(table).toBe(matrixAsMarkdown())
})
