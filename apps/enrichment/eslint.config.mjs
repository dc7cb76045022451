import baseConfig, { allowKafkajs } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { ignores: ['src/generated/**'] },
  { ...allowKafkajs, files: ['test/**/*.ts', 'src/**/*.int.spec.ts'] },
];
