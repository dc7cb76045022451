import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveApp } from '../app-layout.mjs';
import { assertMigrationName, writeMigrationFolder } from '../migration-folder.mjs';
import { committedMigrationNames } from '../migration-history.mjs';
import { hasStatements } from '../migration-sql.mjs';
import { withMigrationRoute } from '../routes/migration-route.mjs';
import { withScratchDirectory } from '../scratch-directory.mjs';
import { ToolError } from '../tool-error.mjs';
import { prepareSchemaDiffEnvironment } from './schema-diff-environment.mjs';

// `migrate dev` is unreliable on the WebAssembly engine, so migrations are the diff between
// the committed history and schema.prisma, on both routes.
export async function newMigration([appDir, name], env) {
  const app = resolveApp(appDir);
  assertMigrationName(name);
  const diffEnv = await prepareSchemaDiffEnvironment(env);
  const fromMigrations = committedMigrationNames(app.migrationsDir).length > 0;
  const sql = await withScratchDirectory(async (scratch) => {
    const outputPath = path.join(scratch, 'migration.sql');
    const exitCode = await withMigrationRoute(app, diffEnv, (route) =>
      route.diffToSchema({ fromMigrations, flags: ['--script', '--output', outputPath] }),
    );
    if (exitCode !== 0)
      throw new ToolError(`${app.name}: prisma migrate diff failed (exit code ${exitCode})`);
    return fs.readFile(outputPath, 'utf8');
  });
  if (!hasStatements(sql)) {
    throw new ToolError(
      `${app.name}: schema.prisma matches the committed migrations; no migration written`,
    );
  }
  const folder = await writeMigrationFolder(app.migrationsDir, name, sql);
  console.error(
    `accord-prisma: ${app.name}: wrote ${path.relative(process.cwd(), folder)}/migration.sql`,
  );
  return 0;
}
