import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The monorepo root, found from this file's place in libs/testing/src. */
export function repositoryRoot(): string {
  const root = resolve(__dirname, '../../..');
  if (!existsSync(resolve(root, 'infra/kafka/pom.xml'))) {
    throw new Error(
      `@accord/testing expected the repository root at ${root}, but infra/kafka/pom.xml is not there`,
    );
  }
  return root;
}
