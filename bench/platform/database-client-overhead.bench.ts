// What the services' database client costs over plain `pg`, in CPU of this process: a transaction of three
// statements and a lone statement, through `pg`, then through the Prisma client with its default error
// format, with the minimal one, and as the services connect it (connectDatabaseClient: minimal, and the
// transaction's BEGIN sent with its first statement).
// Run: source scripts/ensure-node.sh && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/platform/database-client-overhead.bench.ts
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { connectDatabaseClient } from '@accord/platform';
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
  const clients = [
    ...(['colorless', 'minimal'] as const).map(
      (errorFormat) =>
        [
          `Prisma client, errorFormat ${errorFormat}`,
          new CaptureDatabase({
            adapter: new PrismaPg({ connectionString: database.url, max: 1 }),
            errorFormat,
          }),
        ] as const,
    ),
    [
      "the services' client (minimal, BEGIN sent with the first statement)",
      connectDatabaseClient(CaptureDatabase, { url: database.url, poolSize: 1, service: 'bench' }),
    ] as const,
  ];
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
    for (const [name, client] of clients) {
      rows.push([
        name,
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
