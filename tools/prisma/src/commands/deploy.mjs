import { resolveApp } from '../app-layout.mjs';
import { ensureDatabase } from '../database-admin.mjs';
import { requireDatabaseUrl } from '../database-url.mjs';
import { withMigrationRoute } from '../routes/migration-route.mjs';

export async function deploy([appDir], env) {
  const app = resolveApp(appDir);
  await ensureDatabase(requireDatabaseUrl(env));
  return withMigrationRoute(app, env, (route) => route.deploy());
}
