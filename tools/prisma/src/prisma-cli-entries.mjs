import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT, TOOL_ROOT } from './tool-paths.mjs';
import { ToolError } from './tool-error.mjs';

function prismaCliFrom(packageRoot, expectedVersion, installHint) {
  let manifestPath;
  try {
    manifestPath = createRequire(path.join(packageRoot, 'package.json')).resolve(
      'prisma/package.json',
    );
  } catch {
    throw new ToolError(
      `prisma ${expectedVersion} is not installed under ${packageRoot}: ${installHint}`,
    );
  }
  const { version } = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  if (!version.startsWith(expectedVersion)) {
    throw new ToolError(
      `expected prisma ${expectedVersion} under ${packageRoot}, found ${version}: ${installHint}`,
    );
  }
  return { version, entry: path.join(path.dirname(manifestPath), 'build', 'index.js') };
}

// The workspace's Prisma 7 CLI: generate, and migrate when the native schema engine exists.
export function workspacePrismaCli() {
  return prismaCliFrom(REPO_ROOT, '7.', 'run npm install in the repository root');
}

// Prisma 6.19 ships its schema engine as WebAssembly, which Prisma 7 no longer does.
export function offlinePrismaCli() {
  return prismaCliFrom(TOOL_ROOT, '6.19.', 'run npm install --prefix tools/prisma');
}
