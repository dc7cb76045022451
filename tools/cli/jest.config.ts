import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'cli',
  globalSetup: '<rootDir>/../../libs/testing/src/jest-global-setup.ts',
  testTimeout: 120_000,
};
