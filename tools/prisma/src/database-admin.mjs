import pg from 'pg';
import { databaseNameOf, withDatabaseName } from './database-url.mjs';
import { ToolError } from './tool-error.mjs';

const MAINTENANCE_DATABASE = 'postgres';

function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

async function onMaintenanceDatabase(url, work) {
  const client = new pg.Client({ connectionString: withDatabaseName(url, MAINTENANCE_DATABASE) });
  try {
    await client.connect();
  } catch (error) {
    const { hostname, port } = new URL(url);
    throw new ToolError(
      `cannot connect to PostgreSQL at ${hostname}:${port || 5432}: ${error.message}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(url) {
  const name = databaseNameOf(url);
  await onMaintenanceDatabase(url, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount > 0) return;
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    } catch (error) {
      // Another process created it between the check and the CREATE.
      if (error.code !== '42P04') throw error;
    }
  });
}

export async function dropDatabase(url) {
  await onMaintenanceDatabase(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(databaseNameOf(url))} WITH (FORCE)`),
  );
}

export async function recreateDatabase(url) {
  await dropDatabase(url);
  await ensureDatabase(url);
}
