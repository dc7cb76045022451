// Routing decisions per second through the full consumer (Kafka → inbox → routing → assignment,
// decision record, SLA timers, outbox → Kafka), and MQL-to-assigned latency at a steady 200 MQLs/s
// measured from producing scoring.lead.stage-changed.v1 to reading hand-off.lead.assigned.v1.
// Targets named by the issue: 1,500 decisions/s and p99 under 200 ms at 200 MQLs/s.
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/hand-off/routing.bench.ts
// Options: BENCH_MQLS (default 2000), BENCH_SECONDS (default 10), BENCH_RATE (default 200),
// BENCH_FALLBACK=1 (no rule: every MQL goes to the fallback queue, for comparison),
// BENCH_OPEN_ASSIGNMENTS (default 0): open assignments the reps already hold from earlier leads, as a
// team that has worked for months without closing them would (routing reads each rep's load).
import './support/workspace-tsconfig';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { runService } from '@accord/platform';
import { adminKeyHeaders, createMigratedTestDatabase, eventually, testAuthEnv, testBrokers, uniqueName } from '@accord/testing';
import { handOffService } from '../../apps/hand-off/src/hand-off-service';

const mqls = Number(process.env['BENCH_MQLS'] ?? 2_000);
const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const rate = Number(process.env['BENCH_RATE'] ?? 200);
const fallbackOnly = process.env['BENCH_FALLBACK'] === '1';
const openAssignments = Number(process.env['BENCH_OPEN_ASSIGNMENTS'] ?? 0);
const targetPerSecond = 1_500;
const targetP99Ms = 200;
const brokers = testBrokers();
const prefix = `${uniqueName('bench-handoff')}.`;
const everyHour = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const database = await createMigratedTestDatabase('hand-off');
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    PORT: '0',
    LOG_LEVEL: 'error',
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    ...testAuthEnv(),
  });
  const app = await runService(handOffService);
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const kafka = new Kafka({ clientId: 'bench-hand-off', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();

  const put = async (path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', ...adminKeyHeaders() }, body: JSON.stringify(body) });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  };
  const sla = { acceptWithinBusinessHours: 8, remindBeforeMinutes: 30, reassignOnBreach: false };
  await put('/v1/teams/team-bench', { name: 'Bench', managerId: 'boss', timeZone: 'Europe/Amsterdam', workingHours: everyHour, holidays: { country: 'NL', region: null }, sla });
  for (const [id, weight] of [['rep-a', 1], ['rep-b', 2], ['rep-c', 1]] as const) {
    await put(`/v1/reps/${id}`, { teamId: 'team-bench', name: id, role: 'sales', weight, capacity: 100_000, timeZone: 'UTC', workingHours: everyHour });
  }
  await put('/v1/territories/everywhere', { name: 'Everywhere' });
  if (!fallbackOnly) await put('/v1/routing-rules/all', { position: 1, name: 'All', teamId: 'team-bench', conditions: { territoryIds: ['everywhere'] } });
  if (openAssignments > 0) {
    await pool.query(
      `INSERT INTO assignments (id, lead_id, assignee_kind, assignee_id, team_id, reasons, assigned_at, status)
       SELECT gen_random_uuid(), gen_random_uuid(), 'rep', (ARRAY['rep-a', 'rep-b', 'rep-c'])[1 + n % 3], 'team-bench', '[]', now() - interval '30 days', 'assigned'
       FROM generate_series(1, $1::int) AS n`,
      [openAssignments],
    );
    await pool.query('VACUUM ANALYZE assignments');
  }
  const runStart = new Date();

  const stageChanged = (leadId: string) => {
    const id = uuidv7();
    const event = {
      id,
      type: 'scoring.lead.stage-changed.v1',
      occurredAt: new Date().toISOString(),
      producer: 'scoring',
      correlationId: id,
      causationId: null,
      payload: { leadId, from: 'lead', to: 'mql', reason: 'bench', changedAt: new Date().toISOString() },
    };
    return { key: leadId, value: JSON.stringify(event) };
  };
  const assignedCount = async () => Number((await pool.query('SELECT count(*) FROM assignments WHERE assigned_at >= $1', [runStart])).rows[0].count);

  // Throughput: a backlog of MQLs, drained by the consumer.
  const backlog = Array.from({ length: mqls }, () => uuidv7());
  const throughputStart = process.hrtime.bigint();
  for (let start = 0; start < backlog.length; start += 500) {
    await producer.send({ topic: `${prefix}scoring.lead.stage-changed.v1`, messages: backlog.slice(start, start + 500).map(stageChanged), acks: -1 });
  }
  await eventually(async () => {
    if ((await assignedCount()) < mqls) throw new Error('still routing');
  }, { timeoutMs: 600_000, intervalMs: 50 });
  const throughputSeconds = Number(process.hrtime.bigint() - throughputStart) / 1e9;
  const perSecond = mqls / throughputSeconds;
  const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
  const handlerMetric = (suffix: string) =>
    metrics
      .split('\n')
      .filter((line) => line.includes(`handler_duration_seconds_${suffix}`) && line.includes('stage-changed'))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
  const handlerMs = (handlerMetric('sum') / Math.max(1, handlerMetric('count'))) * 1000;

  // Latency at a steady rate, to the assigned event on Kafka.
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const reader = kafka.consumer({ groupId: uniqueName('bench-reader') });
  await reader.connect();
  await reader.subscribe({ topic: `${prefix}hand-off.lead.assigned.v1`, fromBeginning: false });
  await reader.run({
    eachMessage: async ({ message }) => {
      const leadId = message.key?.toString() ?? '';
      const sent = sentAt.get(leadId);
      if (sent !== undefined) latencies.push(Date.now() - sent);
    },
  });
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const perTick = Math.max(1, Math.round(rate / 20));
  const ticks = seconds * 20;
  const steadyStart = Date.now();
  for (let tick = 0; tick < ticks; tick++) {
    const due = steadyStart + tick * 50;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    const leadIds = Array.from({ length: perTick }, () => uuidv7());
    const now = Date.now();
    for (const leadId of leadIds) sentAt.set(leadId, now);
    void producer.send({ topic: `${prefix}scoring.lead.stage-changed.v1`, messages: leadIds.map(stageChanged), acks: -1 });
  }
  const steadyTotal = perTick * ticks;
  await eventually(() => {
    if (latencies.length < steadyTotal) throw new Error('still routing');
  }, { timeoutMs: 120_000, intervalMs: 50 });
  const sorted = [...latencies].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p99 = percentile(sorted, 99);
  const shares = (await pool.query('SELECT assignee_id, count(*)::int AS n FROM assignments WHERE assigned_at >= $1 GROUP BY assignee_id ORDER BY assignee_id', [runStart])).rows
    .map((row: { assignee_id: string; n: number }) => `${row.assignee_id} ${((row.n / (mqls + steadyTotal)) * 100).toFixed(1)}%`)
    .join(', ');

  console.log(`hand-off routing through the full consumer (team of 3 reps, weights 1:2:1, rule + territory, SLA timers, outbox; ${openAssignments} open assignments held before)`);
  console.log(`  throughput: ${mqls} MQLs in ${throughputSeconds.toFixed(2)} s = ${perSecond.toFixed(0)} decisions/s (target ${targetPerSecond}/s, ratio ${(perSecond / targetPerSecond).toFixed(2)})`);
  console.log(`  mean time per message inside the consumer (inbox, routing, writes, commit): ${handlerMs.toFixed(1)} ms`);
  console.log(`  steady ${rate}/s for ${seconds} s: MQL-to-assigned p50 ${p50} ms, p99 ${p99} ms over ${sorted.length} leads (target p99 < ${targetP99Ms} ms, ratio ${(p99 / targetP99Ms).toFixed(2)})`);
  console.log(`  shares: ${shares}`);

  await reader.disconnect();
  await producer.disconnect();
  await app.close();
  await pool.end();
  await database.drop();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
