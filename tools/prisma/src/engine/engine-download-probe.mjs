import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT } from '../tool-paths.mjs';

const DEFAULT_PROBE_TIMEOUT_MS = 3000;

function enginesModules() {
  const requireFromRoot = createRequire(path.join(REPO_ROOT, 'package.json'));
  const requireFromEngines = createRequire(requireFromRoot.resolve('@prisma/engines/package.json'));
  return {
    enginesVersion: requireFromEngines('@prisma/engines-version').enginesVersion,
    getPlatform: requireFromEngines('@prisma/get-platform'),
  };
}

async function schemaEngineChecksumUrl(env) {
  const { enginesVersion, getPlatform } = enginesModules();
  const binaryTarget = await getPlatform.getBinaryTargetForCurrentPlatform();
  const mirror =
    env.PRISMA_ENGINES_MIRROR || env.PRISMA_BINARIES_MIRROR || 'https://binaries.prisma.sh';
  return `${mirror}/all_commits/${enginesVersion}/${binaryTarget}/schema-engine.gz.sha256`;
}

let probe = null;

// One short request for the checksum file the Prisma CLI fetches first: if it answers, the
// CLI can download the engine itself. A firewall that drops packets costs only the timeout.
export function canDownloadSchemaEngine(env) {
  probe ??= probeSchemaEngineDownload(env);
  return probe;
}

async function probeSchemaEngineDownload(env) {
  const timeoutMs = Number(env.ACCORD_PRISMA_PROBE_TIMEOUT_MS) || DEFAULT_PROBE_TIMEOUT_MS;
  try {
    const response = await fetch(await schemaEngineChecksumUrl(env), {
      method: 'HEAD',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return response.ok;
  } catch {
    return false;
  }
}
