// What named prepared statements (the Prisma adapter's statementNameGenerator) would save, and why the services
// do without them: the CPU of this process and of its PostgreSQL backend per transaction shaped like a consumer's
// (a chunk of events claimed in the inbox, as many outbox rows of a captured event's size appended), through the
// Prisma client the services use, with every statement parsed and planned again (as the services run), parsed
// once and planned at every run, and parsed once with PostgreSQL free to keep a generic plan.
// Run: source scripts/ensure-node.sh && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/platform/prepared-statements.bench.ts
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { appendOutboxRows, claimInboxEntries, outboxRowValues, PreparedOutboxRow } from '@accord/messaging';
import { createMigratedTestDatabase } from '@accord/testing';
import { CaptureDatabase } from '../../apps/capture/src/database/capture-database';
import { cpuPerOperation, CpuPerOperation } from './support/cpu-per-operation';
import { cpuMsOf } from './support/process-usage';

const warmUps = 200;
const transactions = 2_000;
const rounds = 2;
const eventsPerTransaction = 20;
const topic = 'bench.lead.captured.v1';
const envelope = JSON.stringify({
  type: 'capture.lead.captured.v1',
  payload: { note: 'x'.repeat(900) },
});
const appendStatement = `WITH ${appendOutboxRows(1)} SELECT count(*) FROM outbox_notified`;

function outboxRows(count: number): PreparedOutboxRow[] {
  return Array.from({ length: count }, () => ({
    eventId: uuidv7(),
    topic,
    key: uuidv7(),
    envelope,
    headers: '{}',
  }));
}

async function costOf(client: CaptureDatabase, backendPid: number): Promise<CpuPerOperation> {
  const transaction = () =>
    client.$transaction(async (tx) => {
      const entries = Array.from({ length: eventsPerTransaction }, () => ({
        eventId: uuidv7(),
        topic,
      }));
      await claimInboxEntries(tx, entries, 'bench');
      await tx.$executeRawUnsafe(
        appendStatement,
        ...outboxRowValues(outboxRows(eventsPerTransaction)),
      );
    });
  return cpuPerOperation(transaction, {
    warmUps,
    operations: transactions,
    otherCpuMs: () => cpuMsOf(backendPid),
  });
}

interface StatementText {
  sql: string;
}

/** One name per distinct statement text, so each connection parses it once. */
function namePerText(): (query: StatementText) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const name = names.get(sql) ?? `bench_${names.size + 1}`;
    names.set(sql, name);
    return name;
  };
}

interface Contender {
  name: string;
  client: CaptureDatabase;
  backendPid: number;
}

async function contender(
  url: string,
  name: string,
  statementNameGenerator?: (query: StatementText) => string,
  options?: string,
): Promise<Contender> {
  // Never closed while idle, so the backend measured stays the one serving the client.
  const pool = new Pool({ connectionString: url, max: 1, idleTimeoutMillis: 0, options });
  const client = new CaptureDatabase({
    adapter: new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator }),
    errorFormat: 'minimal',
  });
  const [{ pid }] = await client.$queryRawUnsafe<Array<{ pid: number }>>(
    'SELECT pg_backend_pid() AS pid',
  );
  return { name, client, backendPid: pid };
}

async function main() {
  const database = await createMigratedTestDatabase('capture');
  const contenders: Contender[] = [];
  let rows: Array<[string, CpuPerOperation]> = [];
  try {
    contenders.push(await contender(database.url, 'parsed and planned every time'));
    contenders.push(
      await contender(
        database.url,
        'parsed once, planned every time',
        namePerText(),
        '-c plan_cache_mode=force_custom_plan',
      ),
    );
    contenders.push(
      await contender(database.url, 'parsed once, generic plan allowed', namePerText()),
    );
    // Taken in turns, and only the last turn counts: the first contender would otherwise pay for warming up the JIT.
    for (let round = 0; round < rounds; round++) {
      rows = [];
      for (const { name, client, backendPid } of contenders)
        rows.push([name, await costOf(client, backendPid)]);
    }
  } finally {
    await Promise.all(contenders.map(({ client }) => client.$disconnect()));
    await database.drop();
  }
  const [before] = rows;
  console.log(
    `${transactions} transactions on one connection, each claiming ${eventsPerTransaction} events and appending as many outbox rows;`,
  );
  console.log(
    'CPU per transaction (ms) of this process and of its PostgreSQL backend, and of both against parsing every time',
  );
  console.log('| statements | this process | PostgreSQL backend | both | × parsed every time |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, cost] of rows) {
    const both = cost.ownMs + cost.otherMs;
    const ratio = both / (before[1].ownMs + before[1].otherMs);
    console.log(
      `| ${name} | ${cost.ownMs.toFixed(3)} | ${cost.otherMs.toFixed(3)} | ${both.toFixed(3)} | ${ratio.toFixed(2)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
