import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEngineStub } from '../engine/engine-stub.mjs';
import { offlinePrismaConfigSource } from '../offline/offline-prisma-config.mjs';
import { schemaWithDatasourceUrl } from '../offline/schema-with-datasource-url.mjs';
import { offlinePrismaCli } from '../prisma-cli-entries.mjs';
import { runPrismaCli } from '../prisma-cli-process.mjs';

const UNREF_ENGINE_TIMERS = fileURLToPath(
  new URL('../offline/unref-engine-timers.cjs', import.meta.url),
);

// Prisma 6.19 with its WebAssembly schema engine, fed a generated config and a schema copy
// that carries the url line it requires; the app's own files stay untouched.
export async function openOfflineRoute(app, env) {
  const cli = offlinePrismaCli();
  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), `accord-prisma-${app.name}-`));
  const schemaPath = path.join(workDir, 'schema.prisma');
  const configPath = path.join(workDir, 'prisma.config.mjs');
  await fs.writeFile(
    schemaPath,
    schemaWithDatasourceUrl(await fs.readFile(app.schemaPath, 'utf8')),
  );
  await fs.writeFile(
    configPath,
    offlinePrismaConfigSource({ schemaPath, migrationsPath: app.migrationsDir }),
  );
  const stub = await writeEngineStub(workDir);
  const cliEnv = { ...env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_QUERY_ENGINE_LIBRARY: stub };

  const run = (args) =>
    runPrismaCli({
      entry: cli.entry,
      args: [...args, '--config', configPath],
      cwd: workDir,
      env: cliEnv,
      preload: [UNREF_ENGINE_TIMERS],
    });
  return {
    name: `offline (prisma ${cli.version}, WebAssembly schema engine)`,
    deploy: () => run(['migrate', 'deploy']),
    status: () => run(['migrate', 'status']),
    diffToSchema: ({ fromMigrations, flags }) =>
      run([
        'migrate',
        'diff',
        ...(fromMigrations ? ['--from-migrations', app.migrationsDir] : ['--from-empty']),
        '--to-schema-datamodel',
        schemaPath,
        ...flags,
      ]),
    close: () => fs.rm(workDir, { recursive: true, force: true }),
  };
}
