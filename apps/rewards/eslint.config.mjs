import baseConfig, { allowKafkajs } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { ignores: ['src/generated/**'] },
  // Tests play the other services' part and produce their events straight to the broker.
  { ...allowKafkajs, files: ['src/test-support/**/*.ts', 'src/**/*.int.spec.ts'] },
];
