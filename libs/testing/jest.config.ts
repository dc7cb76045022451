import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'testing',
  globalSetup: '<rootDir>/src/jest-global-setup.ts',
  testTimeout: 60_000,
};
