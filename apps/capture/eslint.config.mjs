import baseConfig, { allowKafkajs } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { ignores: ['src/generated/**'] },
  // Tests read the published events straight from the broker and play upstream producers.
  { ...allowKafkajs, files: ['src/test-support/**/*.ts', 'src/**/*.int.spec.ts'] },
];
