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
  // A worker whose heap has grown past this after a test file is replaced by a fresh one. Under
  // ESM, jest keeps every test file's modules alive: workers grew to 600–700 MB, and each of
  // the thousands of processes the tests start (git, node, python) then cost 30–40 ms to fork
  // instead of 7 (the fork copies the worker's page tables). Full runs of jest, one after the
  // other on a noisy host: no limit 247 s; 300MB 225, 219 and 273 s; 200MB 217 s; 150MB 221 s.
  workerIdleMemoryLimit: '200MB',
  collectCoverageFrom: ['src/**/*.ts']
}
