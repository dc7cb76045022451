import { resolveApp } from '../app-layout.mjs';
import { requireDatabaseUrl } from '../database-url.mjs';
import { withMigrationRoute } from '../routes/migration-route.mjs';

export async function status([appDir], env) {
  const app = resolveApp(appDir);
  requireDatabaseUrl(env);
  return withMigrationRoute(app, env, (route) => route.status());
}
