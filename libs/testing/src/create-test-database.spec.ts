import { Client } from 'pg';
import { createTestDatabase } from './create-test-database';
import { postgresForTests } from './postgres-for-tests';

describe('createTestDatabase', () => {
  async function databaseExists(name: string): Promise<boolean> {
    const admin = new Client({ connectionString: (await postgresForTests()).adminUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        name,
      ]);
      return rowCount === 1;
    } finally {
      await admin.end();
    }
  }

  it('creates a uniquely named, lower-case database that its URL connects to', async () => {
    const first = await createTestDatabase('Accord Capture');
    const second = await createTestDatabase('Accord Capture');
    try {
      expect(first.name).toMatch(/^accord_capture_[0-9a-z]+_[0-9a-f]{8}$/);
      expect(second.name).not.toBe(first.name);

      const client = new Client({ connectionString: first.url });
      await client.connect();
      const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
      await client.end();
      expect(rows[0]?.name).toBe(first.name);
    } finally {
      await Promise.all([first.drop(), second.drop()]);
    }
  }, 30_000);

  it('drops the database even while a connection to it is open', async () => {
    const database = await createTestDatabase('still_connected');
    const client = new Client({ connectionString: database.url });
    client.on('error', () => undefined);
    await client.connect();

    await database.drop();

    expect(await databaseExists(database.name)).toBe(false);
    await client.end().catch(() => undefined);
  }, 30_000);

  it('keeps names within the 63 characters PostgreSQL allows', async () => {
    const database = await createTestDatabase('x'.repeat(100));
    try {
      expect(database.name.length).toBeLessThanOrEqual(63);
      expect(await databaseExists(database.name)).toBe(true);
    } finally {
      await database.drop();
    }
  }, 30_000);
});
