import { requireDatabaseUrl, withDatabaseName } from './database-url.mjs';

function envPrefix(appName) {
  return appName.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

// One environment cannot hold every service's DATABASE_URL, so commands over all apps take
// <APP>_DATABASE_URL (e.g. HAND_OFF_DATABASE_URL) and otherwise use accord_<app> on the
// server DATABASE_URL names; each app derives its own shadow database.
export function databaseEnvForApp(appName, env) {
  const { SHADOW_DATABASE_URL: _shared, ...rest } = env;
  const prefix = envPrefix(appName);
  const databaseUrl =
    env[`${prefix}_DATABASE_URL`] ||
    withDatabaseName(
      requireDatabaseUrl(env),
      `accord_${appName.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
    );
  const shadowDatabaseUrl = env[`${prefix}_SHADOW_DATABASE_URL`];
  return {
    ...rest,
    DATABASE_URL: databaseUrl,
    ...(shadowDatabaseUrl ? { SHADOW_DATABASE_URL: shadowDatabaseUrl } : {}),
  };
}
