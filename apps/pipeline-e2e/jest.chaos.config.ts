import base from './jest.config.ts';

/** The nightly chaos run (src/chaos): not part of the `test` target, which stays fast. */
export default {
  ...base,
  displayName: 'pipeline-e2e-chaos',
  roots: ['<rootDir>/src/chaos'],
  testMatch: ['**/*.chaos.ts'],
  globalSetup: '<rootDir>/src/chaos/chaos-global-setup.ts',
  globalTeardown: '<rootDir>/src/chaos/chaos-global-teardown.ts',
  testTimeout: 60 * 60_000,
};
