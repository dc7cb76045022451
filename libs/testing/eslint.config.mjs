import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // This library checks that a broker answers and proves kafkajs against the pinned broker,
    // so it talks to kafkajs itself; the no-deep-imports rule still applies.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@accord/*/*'],
              message: 'No deep imports into a lib: use its public index.',
            },
          ],
        },
      ],
    },
  },
  {
    // The shared Jest preset sits in the workspace root, which Nx counts as a project of its own.
    files: ['jest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
