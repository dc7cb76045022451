import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, TestDatabase } from './create-test-database';
import { repositoryRoot } from './repository-root';

const run = promisify(execFile);

/** A fresh database with a service's committed migrations applied, as production gets them. */
export async function createMigratedTestDatabase(service: string): Promise<TestDatabase> {
  const database = await createTestDatabase(`test_${service}`);
  await run(process.execPath, [join('tools', 'prisma', 'cli.mjs'), 'deploy', join('apps', service)], {
    cwd: repositoryRoot(),
    env: { ...process.env, DATABASE_URL: database.url },
  });
  return database;
}
