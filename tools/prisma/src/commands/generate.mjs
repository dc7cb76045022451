import { resolveApp } from '../app-layout.mjs';
import { writeEngineStub } from '../engine/engine-stub.mjs';
import { findLocalSchemaEngine } from '../engine/local-schema-engine.mjs';
import { workspacePrismaCli } from '../prisma-cli-entries.mjs';
import { runPrismaCli } from '../prisma-cli-process.mjs';
import { withScratchDirectory } from '../scratch-directory.mjs';

// prisma.config.ts reads DATABASE_URL with env(), which throws when it is unset, although
// generating the client never connects.
const UNUSED_DATABASE_URL = 'postgres://generate.invalid:5432/not_used_by_generate';

export async function generate([appDir], env) {
  const app = resolveApp(appDir);
  const cli = workspacePrismaCli();
  return withScratchDirectory(async (scratch) => {
    const engineEnv = (await findLocalSchemaEngine(env))
      ? {}
      : { PRISMA_SCHEMA_ENGINE_BINARY: await writeEngineStub(scratch) };
    return runPrismaCli({
      entry: cli.entry,
      args: ['generate', '--config', app.configPath],
      cwd: app.dir,
      env: { ...env, DATABASE_URL: env.DATABASE_URL || UNUSED_DATABASE_URL, ...engineEnv },
    });
  });
}
