import { ToolError } from '../tool-error.mjs';
import { canDownloadSchemaEngine } from './engine-download-probe.mjs';
import { findLocalSchemaEngine } from './local-schema-engine.mjs';

const ROUTES = ['native', 'offline', 'auto'];

// Resolves to { route, reason, env? }, env replacing the caller's environment when present.
// native: the Prisma 7 CLI with its native schema engine (present or downloadable).
// offline: the Prisma 6.19 CLI with its WebAssembly schema engine over the pg adapter.
export async function chooseMigrationRoute(env) {
  const requested = env.ACCORD_PRISMA_ROUTE || 'auto';
  if (!ROUTES.includes(requested)) {
    throw new ToolError(
      `ACCORD_PRISMA_ROUTE must be one of ${ROUTES.join(', ')}, got ${JSON.stringify(requested)}`,
    );
  }
  if (requested !== 'auto') return { route: requested, reason: 'ACCORD_PRISMA_ROUTE' };
  const localEngine = await findLocalSchemaEngine(env);
  if (localEngine) return { route: 'native', reason: `schema engine at ${localEngine}` };
  if (await canDownloadSchemaEngine(env)) {
    // A stub engine configured for generate would stop the CLI from downloading the real one.
    const { PRISMA_SCHEMA_ENGINE_BINARY: _stub, ...downloadingEnv } = env;
    return { route: 'native', reason: 'schema engine downloadable', env: downloadingEnv };
  }
  return { route: 'offline', reason: 'no native schema engine here and none downloadable' };
}
