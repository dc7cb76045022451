import { randomBytes } from 'node:crypto';
import pg from 'pg';

const SERVER_URL =
  process.env.ACCORD_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export function uniqueDatabaseUrl(prefix) {
  const url = new URL(SERVER_URL);
  url.pathname = `/${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  return url.toString();
}

export async function withConnection(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(name) {
  return withConnection(SERVER_URL, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return rowCount > 0;
  });
}

export async function dropDatabases(...names) {
  await withConnection(SERVER_URL, async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
