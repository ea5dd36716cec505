import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'next-env.d.ts',
    'payload-types.ts',
    'app/(payload)/admin/importMap.js',
    'migrations/**',
    'test-results/**',
  ]),
  {
    rules: {
      // Reader pages link through i18n/navigation.ts, never next/link directly.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Use Link from @/i18n/navigation.' }] }],
    },
  },
])
