// What the services' database client costs over plain `pg`, in CPU of this process: a transaction of three
// statements and a lone statement, through `pg`, then through the Prisma client with its default error
// format and with the minimal one the services use (connectDatabaseClient).
// Run: source scripts/ensure-node.sh && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/platform/database-client-overhead.bench.ts
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { createTestDatabase } from '@accord/testing';
import { CaptureDatabase } from '../../apps/capture/src/database/capture-database';
import { cpuPerOperation } from './support/cpu-per-operation';

const warmUps = 500;
const operations = 5_000;
const statementsPerTransaction = 3;
const statement = 'SELECT $1::int AS value';

const costOf = async (operation: () => Promise<unknown>): Promise<number> =>
  (await cpuPerOperation(operation, { warmUps, operations })).ownMs;

async function main() {
  const database = await createTestDatabase('bench_client');
  const pool = new Pool({ connectionString: database.url, max: 1 });
  const clients = (['colorless', 'minimal'] as const).map(
    (errorFormat) =>
      [
        errorFormat,
        new CaptureDatabase({
          adapter: new PrismaPg({ connectionString: database.url, max: 1 }),
          errorFormat,
        }),
      ] as const,
  );
  try {
    const pgTransaction = await costOf(async () => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        for (let index = 0; index < statementsPerTransaction; index++)
          await connection.query(statement, [index]);
        await connection.query('COMMIT');
      } finally {
        connection.release();
      }
    });
    const pgStatement = await costOf(() => pool.query(statement, [1]));
    const rows: Array<[string, number, number]> = [['pg', pgTransaction, pgStatement]];
    for (const [errorFormat, client] of clients) {
      rows.push([
        `Prisma client, errorFormat ${errorFormat}`,
        await costOf(() =>
          client.$transaction(async (transaction) => {
            for (let index = 0; index < statementsPerTransaction; index++)
              await transaction.$queryRawUnsafe(statement, index);
          }),
        ),
        await costOf(() => client.$queryRawUnsafe(statement, 1)),
      ]);
    }
    console.log(
      `${operations} of each on one connection; CPU of this process per operation (ms), and × pg`,
    );
    console.log(
      `| client | transaction of ${statementsPerTransaction} statements | × pg | lone statement | × pg |`,
    );
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, transaction, lone] of rows) {
      console.log(
        `| ${name} | ${transaction.toFixed(3)} | ${(transaction / pgTransaction).toFixed(2)} | ` +
          `${lone.toFixed(3)} | ${(lone / pgStatement).toFixed(2)} |`,
      );
    }
  } finally {
    await Promise.all(clients.map(([, client]) => client.$disconnect()));
    await pool.end();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
