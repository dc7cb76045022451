import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'enrichment',
  globalSetup: '<rootDir>/../../libs/testing/src/jest-global-setup.ts',
  testTimeout: 90_000,
};
