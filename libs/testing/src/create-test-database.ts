import { Client, Pool } from 'pg';
import { postgresForTests } from './postgres-for-tests';
import { uniqueName } from './unique-name';

export interface TestDatabase {
  name: string;
  url: string;
  /** A pool on this database that `drop` ends first. */
  pool(max?: number): Pool;
  /** An outage of this database alone: open connections are cut and new ones refused until it is back. */
  goDown(): Promise<void>;
  comeBack(): Promise<void>;
  /** Drops the database even while connections to it are still open. */
  drop(): Promise<void>;
}

const ADMIN_SHUTDOWN = '57P01';

const MAX_IDENTIFIER_LENGTH = 63;

/** Creates an empty database with a name no other test uses, on the server postgresForTests finds. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const { adminUrl } = await postgresForTests();
  const name = databaseName(prefix);
  await asAdmin(adminUrl, `CREATE DATABASE "${name}"`);

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pools: Pool[] = [];
  return {
    name,
    url: url.toString(),
    pool(max = 2) {
      const pool = new Pool({ connectionString: url.toString(), max });
      // pool.end() resolves before its sockets close; the forced drop may still end one of them.
      pool.on('error', (error: Error & { code?: string }) => {
        if (error.code !== ADMIN_SHUTDOWN) throw error;
      });
      pools.push(pool);
      return pool;
    },
    async goDown() {
      await asAdmin(adminUrl, `ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await asAdmin(adminUrl, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
    },
    comeBack: () => asAdmin(adminUrl, `ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`),
    async drop() {
      await Promise.all(pools.splice(0).map((pool) => (pool.ended ? undefined : pool.end())));
      await asAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

function databaseName(prefix: string): string {
  const safePrefix =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'test';
  const suffixLength = uniqueName('', '_').length;
  return uniqueName(safePrefix.slice(0, MAX_IDENTIFIER_LENGTH - suffixLength), '_');
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
