// Browser tests against a production server that scripts/e2e.ts starts (`npm run test:e2e`).
// Kept out of jest.config.mjs so that plain `npm test` never needs a build or a browser.
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', experimental: { keepImportAttributes: true } },
    module: { type: 'es6' },
  },
]

const config = {
  // Top level: Jest 30 ignores testTimeout inside a project.
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      extensionsToTreatAsEsm: ['.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^(\\.{1,2}/.*)\\.js$': '$1' },
    },
  ],
}
export default config
