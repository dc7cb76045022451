import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'messaging',
  globalSetup: '<rootDir>/../../libs/testing/src/jest-global-setup.ts',
  testTimeout: 60_000,
};
