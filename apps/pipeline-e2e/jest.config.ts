import preset from '../../jest.preset.js';

export default {
  ...preset,
  displayName: 'pipeline-e2e',
  globalSetup: '<rootDir>/../../libs/testing/src/jest-global-setup.ts',
  testTimeout: 180_000,
};
