import { resolveApp } from '../app-layout.mjs';
import { committedMigrationNames } from '../migration-history.mjs';
import { withMigrationRoute } from '../routes/migration-route.mjs';
import { ToolError } from '../tool-error.mjs';
import { prepareSchemaDiffEnvironment } from './schema-diff-environment.mjs';

const IN_SYNC = 0;
const DIFFERENT = 2;
export const DRIFT_EXIT_CODE = 2;

export async function drift([appDir], env) {
  const app = resolveApp(appDir);
  const diffEnv = await prepareSchemaDiffEnvironment(env);
  const fromMigrations = committedMigrationNames(app.migrationsDir).length > 0;
  const exitCode = await withMigrationRoute(app, diffEnv, (route) =>
    route.diffToSchema({ fromMigrations, flags: ['--exit-code'] }),
  );
  if (exitCode === IN_SYNC) {
    console.error(`accord-prisma: ${app.name}: schema.prisma matches the committed migrations`);
    return 0;
  }
  if (exitCode === DIFFERENT) {
    throw new ToolError(
      `${app.name}: schema.prisma and the committed migrations differ (changes listed above); ` +
        `create a migration with: node tools/prisma/cli.mjs new-migration ${appDir} <name>`,
      DRIFT_EXIT_CODE,
    );
  }
  throw new ToolError(`${app.name}: the drift check itself failed (prisma exit code ${exitCode})`);
}
