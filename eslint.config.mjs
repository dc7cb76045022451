import nx from '@nx/eslint-plugin';

const noDeepImports = { group: ['@accord/*/*'], message: 'No deep imports into a lib: use its public index.' };

/** For the few projects that talk to the broker beneath the services. */
export const allowKafkajs = {
  files: ['**/*.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns: [noDeepImports] }] },
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/generated/**', '.tools', '.cache', '.run', '.nx', 'tmp', 'tools/prisma'],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kafkajs', message: 'Use @accord/messaging: only libs/messaging talks to kafkajs.' }],
          patterns: [noDeepImports],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Benchmarks measure the services from outside, down to their own modules, and the machine's raw limits
    // through kafkajs itself; the boundaries between projects are for the code they measure.
    files: ['bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
      'no-restricted-imports': ['error', { patterns: [noDeepImports] }],
    },
  },
  {
    // The shared Jest preset sits in the workspace root, which Nx counts as a project of its own.
    files: ['**/jest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
