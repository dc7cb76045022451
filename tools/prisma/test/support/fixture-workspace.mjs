import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const REPO_NODE_MODULES = fileURLToPath(new URL('../../../../node_modules', import.meta.url));

// A copy outside the tool package, so 'prisma/config', '@prisma/client' and
// '@prisma/adapter-pg' resolve to the workspace's Prisma 7 packages as they do for an app,
// not to the tool's own Prisma 6.19 install; the repository stays clean as well.
export async function createFixtureWorkspace(fixtureName) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-prisma-test-'));
  const appDir = path.join(root, fixtureName);
  await fs.cp(path.join(FIXTURES, fixtureName), appDir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}generated`),
  });
  await fs.symlink(REPO_NODE_MODULES, path.join(root, 'node_modules'), 'dir');
  return { root, appDir, remove: () => fs.rm(root, { recursive: true, force: true }) };
}
