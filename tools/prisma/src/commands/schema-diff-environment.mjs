import { ensureDatabase } from '../database-admin.mjs';
import { requireDatabaseUrl, shadowDatabaseUrlFor } from '../database-url.mjs';

// Diffing from migrations replays them into a shadow database. Both routes read its URL from
// SHADOW_DATABASE_URL; the offline engine also opens DATABASE_URL before diffing.
export async function prepareSchemaDiffEnvironment(env) {
  const databaseUrl = requireDatabaseUrl(env);
  const shadowDatabaseUrl = shadowDatabaseUrlFor(databaseUrl, env);
  await ensureDatabase(databaseUrl);
  await ensureDatabase(shadowDatabaseUrl);
  return { ...env, SHADOW_DATABASE_URL: shadowDatabaseUrl };
}
