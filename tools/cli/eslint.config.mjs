import baseConfig, { allowKafkajs } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // The integration test plays the runner that dead-letters and reads the original topic back.
  { ...allowKafkajs, files: ['src/**/*.int.spec.ts'] },
];
