import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PrismaPg } from '@prisma/adapter-pg';
import { ensureDatabase } from '../src/database-admin.mjs';
import { createMigrationAdapterFactory } from '../src/offline/migration-adapter-factory.mjs';
import { databaseExists, dropDatabases, uniqueDatabaseUrl } from './support/test-databases.mjs';

const TEXT = 7;
const INT32 = 0;
const CATALOG_QUERY = {
  sql: `SELECT 'lead'::name AS table_name, 'r'::"char" AS kind, 1::int4 AS position`,
  args: [],
  argTypes: [],
};

describe('the pg adapter wrapper used by the offline route', () => {
  const databaseUrl = uniqueDatabaseUrl('accord_prisma_adapter_test');
  const shadowDatabaseUrl = `${databaseUrl}_shadow`;
  const nameOf = (url) => new URL(url).pathname.slice(1);
  const factory = createMigrationAdapterFactory({ databaseUrl, shadowDatabaseUrl });

  before(() => ensureDatabase(databaseUrl));
  after(() => dropDatabases(nameOf(databaseUrl), nameOf(shadowDatabaseUrl)));

  it('is needed: the stock adapter cannot read name columns', async () => {
    const adapter = await new PrismaPg({ connectionString: databaseUrl }).connect();
    try {
      await assert.rejects(
        adapter.queryRaw(CATALOG_QUERY),
        /UnsupportedNativeDataType|deserialized/,
      );
    } finally {
      await adapter.dispose();
    }
  });

  it('reads name and "char" columns as text through the pool', async () => {
    const adapter = await factory.connect();
    try {
      const result = await adapter.queryRaw(CATALOG_QUERY);
      assert.deepEqual(result.columnTypes, [TEXT, TEXT, INT32]);
      assert.deepEqual(result.rows, [['lead', 'r', 1]]);
    } finally {
      await adapter.dispose();
    }
  });

  it('reads them as text inside a transaction, on a checked-out client', async () => {
    const adapter = await factory.connect();
    try {
      const transaction = await adapter.startTransaction();
      const result = await transaction.queryRaw(CATALOG_QUERY);
      await transaction.commit();
      assert.deepEqual(result.columnTypes, [TEXT, TEXT, INT32]);
    } finally {
      await adapter.dispose();
    }
  });

  it('creates the shadow database and drops it once its connections are closed', async () => {
    const shadow = await factory.connectToShadowDb();
    await shadow.executeScript('CREATE TABLE probe (id int)');
    assert.equal(await databaseExists(nameOf(shadowDatabaseUrl)), true);
    await shadow.dispose();
    assert.equal(await databaseExists(nameOf(shadowDatabaseUrl)), false);
  });
});
