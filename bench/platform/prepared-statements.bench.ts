// What named prepared statements (the Prisma adapter's statementNameGenerator) would save, and why the services
// do without them: the CPU of this process and of its PostgreSQL backend per transaction shaped like a consumer's
// (a chunk of events claimed in the inbox, as many outbox rows of a captured event's size appended), through the
// Prisma client the services use, with every statement parsed and planned again (as the services run), parsed
// once and planned at every run, and parsed once with PostgreSQL free to keep a generic plan.
// Run: source scripts/ensure-node.sh && SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register bench/platform/prepared-statements.bench.ts
import { readFile } from 'node:fs/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { appendOutboxRows, outboxRowValues, PreparedOutboxRow } from '@accord/messaging';
import { createMigratedTestDatabase } from '@accord/testing';
import { CaptureDatabase } from '../../apps/capture/src/database/capture-database';
import { claimInboxEntries } from '../../libs/messaging/src/inbox/inbox';

const warmUps = 200;
const transactions = 2_000;
const rounds = 2;
const eventsPerTransaction = 20;
const envelope = JSON.stringify({
  type: 'capture.lead.captured.v1',
  payload: { note: 'x'.repeat(900) },
});
const appendStatement = `WITH ${appendOutboxRows(1)} SELECT count(*) FROM outbox_notified`;

interface Cost {
  clientMs: number;
  serverMs: number;
}

/** CPU the backend process has used so far (utime + stime, in clock ticks of 10 ms). */
async function backendCpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function outboxRows(count: number): PreparedOutboxRow[] {
  return Array.from({ length: count }, () => {
    const eventId = uuidv7();
    return { eventId, topic: 'bench.lead.captured.v1', key: uuidv7(), envelope, headers: '{}' };
  });
}

async function costOf(client: CaptureDatabase, backendPid: number): Promise<Cost> {
  const transaction = () =>
    client.$transaction(async (tx) => {
      const entries = Array.from({ length: eventsPerTransaction }, () => ({
        eventId: uuidv7(),
        topic: 'bench.lead.captured.v1',
      }));
      await claimInboxEntries(tx, entries, 'bench');
      await tx.$executeRawUnsafe(
        appendStatement,
        ...outboxRowValues(outboxRows(eventsPerTransaction)),
      );
    });
  for (let index = 0; index < warmUps; index++) await transaction();
  const clientBefore = process.cpuUsage();
  const serverBefore = await backendCpuMs(backendPid);
  for (let index = 0; index < transactions; index++) await transaction();
  const clientUsage = process.cpuUsage(clientBefore);
  return {
    clientMs: (clientUsage.user + clientUsage.system) / 1000 / transactions,
    serverMs: ((await backendCpuMs(backendPid)) - serverBefore) / transactions,
  };
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
  let rows: Array<[string, Cost]> = [];
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
    const both = cost.clientMs + cost.serverMs;
    const ratio = both / (before[1].clientMs + before[1].serverMs);
    console.log(
      `| ${name} | ${cost.clientMs.toFixed(3)} | ${cost.serverMs.toFixed(3)} | ${both.toFixed(3)} | ${ratio.toFixed(2)} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
