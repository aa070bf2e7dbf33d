// ESM jest: ts-jest compiles TypeScript as ES modules; run with
// NODE_OPTIONS=--experimental-vm-modules (see the "test" script).
export default {
  testEnvironment: 'node',
  // Only these folders hold tests or code under test; bench/.data holds 100,000+ generated files.
  roots: ['<rootDir>/__tests__', '<rootDir>/src', '<rootDir>/__fixtures__'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }
    ]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // No test reads or fills the user's evaluation cache (see the file).
  setupFiles: ['<rootDir>/__tests__/helpers/isolated-cache.ts'],
  // One temporary folder per run, removed at its end (see the file).
  globalSetup: '<rootDir>/__tests__/helpers/run-temp-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/helpers/run-temp-teardown.mjs',
  testTimeout: 60000,
  // Three workers on two cores: many suites wait on git, Python and the GitHub stand-in, so a
  // third worker fills the time one of them spends waiting (measured: 2 → 159 s, 3 → 139 s,
  // 4 → 171 s on this 2-core machine).
  maxWorkers: 3,
  collectCoverageFrom: ['src/**/*.ts']
}
