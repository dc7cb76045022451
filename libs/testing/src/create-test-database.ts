import { Client } from 'pg';
import { postgresForTests } from './postgres-for-tests';
import { uniqueName } from './unique-name';

export interface TestDatabase {
  name: string;
  url: string;
  /** Drops the database even while connections to it are still open. */
  drop(): Promise<void>;
}

const MAX_IDENTIFIER_LENGTH = 63;

/** Creates an empty database with a name no other test uses, on the server postgresForTests finds. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const { adminUrl } = await postgresForTests();
  const name = databaseName(prefix);
  await asAdmin(adminUrl, `CREATE DATABASE "${name}"`);

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
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
