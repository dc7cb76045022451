import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT } from '../tool-paths.mjs';

const VERSION_CHECK_TIMEOUT_MS = 5000;

function runsAsSchemaEngine(binaryPath) {
  return new Promise((resolve) => {
    execFile(binaryPath, ['--version'], { timeout: VERSION_CHECK_TIMEOUT_MS }, (error, stdout) => {
      resolve(!error && /schema-engine/i.test(stdout));
    });
  });
}

// Where the Prisma 7 CLI and @prisma/engines keep the engine they downloaded.
function downloadedEngineCandidates() {
  const requireFromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));
  const dirs = ['prisma/package.json', '@prisma/engines/package.json'].flatMap((manifest) => {
    try {
      return [path.dirname(requireFromRoot.resolve(manifest))];
    } catch {
      return [];
    }
  });
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((file) => /^schema-engine-[\w.-]+$/.test(file) && !/\.(gz|sha256)$/.test(file))
      .map((file) => path.join(dir, file)),
  );
}

// Resolves to a description of the native engine found on this machine, or null.
export async function findLocalSchemaEngine(env) {
  const configured = env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (configured) {
    return (await runsAsSchemaEngine(path.resolve(configured)))
      ? `PRISMA_SCHEMA_ENGINE_BINARY=${configured}`
      : null;
  }
  const downloaded = downloadedEngineCandidates().at(0);
  return downloaded ? downloaded : null;
}
