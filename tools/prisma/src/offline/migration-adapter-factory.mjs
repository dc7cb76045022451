import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { dropDatabase, recreateDatabase } from '../database-admin.mjs';
import { TextRelabelingClient } from './text-relabeling-client.mjs';

// The CLI never disposes some of the adapters it opens; idle pools must not keep it alive.
function relabelingPool(connectionString) {
  return new pg.Pool({ connectionString, Client: TextRelabelingClient, allowExitOnIdle: true });
}

async function connectThroughPrismaPg(pool) {
  return new PrismaPg(pool, { disposeExternalPool: true }).connect();
}

// The stock factory drops the shadow database while its own pool still holds connections to
// it, which PostgreSQL refuses; here the pool is closed first and the drop is forced.
async function connectToFreshShadowDatabase(shadowDatabaseUrl) {
  await recreateDatabase(shadowDatabaseUrl);
  const adapter = await connectThroughPrismaPg(relabelingPool(shadowDatabaseUrl));
  const closePool = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await closePool();
    await dropDatabase(shadowDatabaseUrl);
  };
  return adapter;
}

export function createMigrationAdapterFactory({ databaseUrl, shadowDatabaseUrl }) {
  const reference = new PrismaPg({ connectionString: databaseUrl });
  return {
    provider: reference.provider,
    adapterName: reference.adapterName,
    connect: () => connectThroughPrismaPg(relabelingPool(databaseUrl)),
    connectToShadowDb: () => connectToFreshShadowDatabase(shadowDatabaseUrl),
  };
}
