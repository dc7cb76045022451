import baseConfig, { allowKafkajs } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { ignores: ['src/generated/**'] },
  { ...allowKafkajs, files: ['src/**/*.spec.ts', 'src/test-support/**/*.ts'] },
];
