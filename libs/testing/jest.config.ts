module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'testing',
  rootDir: __dirname,
  globalSetup: '<rootDir>/src/jest-global-setup.ts',
  coverageDirectory: '../../coverage/libs/testing',
};
