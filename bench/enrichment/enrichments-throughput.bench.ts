// Enrichments per second through the whole consumer with the offline providers and account
// matching: capture.lead.captured.v1 in over Kafka, inbox + profile + history + outbox in
// PostgreSQL, enrichment.lead.enriched.v1 out over Kafka through the outbox relay. Phase 1 floods
// a backlog and measures the drain rate against the target of 2,000/s; phase 2 sends at a
// steady rate and reports the latency each lead adds (enriched event time minus captured event time).
// Phase 3 is the raw limit of this machine for the same storage work: the consumer's statements
// (inbox claim, profile lock, profile + history, outbox row, NOTIFY) through `pg` directly, one
// transaction per lead, three at a time as the consumer runs partitions, with no Kafka or providers.
// The service runs as its own process, as in production; the load generator runs in this one. With
// BENCH_INSTANCES=2 two instances share the work in one consumer group, one per core, as a deployment would
// run them on this machine (Node runs a process's JavaScript on one core).
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/enrichment/enrichments-throughput.bench.ts
// Options: BENCH_LEADS (default 10000), BENCH_INSTANCES (default 1), BENCH_PARTITIONS (default the larger of 3 and two per instance), BENCH_STEADY_RATE (leads/s, default 30), BENCH_STEADY_SECONDS (default 10),
// BENCH_CPU_PROFILE_DIR (write a V8 CPU profile of the service there).
import './support/workspace-tsconfig';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { provisionTopics } from '@accord/messaging';
import { createMigratedTestDatabase, testAuthEnv, testBrokers, uniqueName } from '@accord/testing';

const targetPerSecond = 2_000;
const leads = Number(process.env['BENCH_LEADS'] ?? 10_000);
const instances = Number(process.env['BENCH_INSTANCES'] ?? 1);
const partitions = Number(process.env['BENCH_PARTITIONS'] ?? Math.max(3, 2 * instances));
const steadyRate = Number(process.env['BENCH_STEADY_RATE'] ?? 30);
const steadySeconds = Number(process.env['BENCH_STEADY_SECONDS'] ?? 10);
const brokers = testBrokers();
const root = join(__dirname, '..', '..');
const prefix = `${uniqueName('bench-enrichment')}.`;
const capturedTopic = `${prefix}capture.lead.captured.v1`;
const enrichedTopic = `${prefix}enrichment.lead.enriched.v1`;
const titles = ['CTO', 'Head of Marketing', 'Salesmanager', 'Medewerker Inkoop', 'VP Engineering', 'Directeur-eigenaar'];

function capturedMessage(sequence: number) {
  const leadId = uuidv7();
  const id = uuidv7();
  const envelope = {
    id,
    type: 'capture.lead.captured.v1',
    occurredAt: new Date().toISOString(),
    producer: 'capture',
    correlationId: id,
    causationId: null,
    payload: {
      leadId,
      person: {
        email: sequence % 4 === 0 ? `lead.${sequence}@gmail.com` : `lead.${sequence}@company-${sequence % 500}.nl`,
        firstName: 'Ada',
        lastName: 'Janssen',
        phone: `06 ${String(10_000_000 + sequence).slice(-8)}`,
        jobTitle: titles[sequence % titles.length],
        company: `Company ${sequence % 500}`,
        country: sequence % 2 ? 'Nederland' : 'NL',
      },
      touchpoint: { channel: 'web_form', source: 'bench', campaign: null, medium: null, occurredAt: new Date().toISOString() },
      consent: { marketing: true },
      isTest: false,
    },
  };
  return { key: leadId, value: JSON.stringify(envelope) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const kafka = new Kafka({ clientId: 'bench-enrichment', brokers, logLevel: logLevel.NOTHING });
  await provisionTopics(kafka, [capturedTopic, enrichedTopic], { partitions, replicationFactor: 1 });
  const database = await createMigratedTestDatabase('enrichment');
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let received = 0;
  let onReceived: () => void = () => undefined;
  const consumer = kafka.consumer({ groupId: `${prefix}observer`, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({ topic: enrichedTopic, fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch }) => {
      for (const message of batch.messages) {
        const key = message.key?.toString() ?? '';
        const startedAt = sentAt.get(key);
        if (startedAt !== undefined) latencies.push(Number(message.timestamp) - startedAt);
        received += 1;
      }
      onReceived();
    },
  });
  const receivedAtLeast = (count: number) =>
    new Promise<void>((resolve) => {
      onReceived = () => received >= count && resolve();
      onReceived();
    });

  const services = Array.from({ length: instances }, () => startService(database.url));
  try {
    await send(producer, [capturedMessage(0)]);
    await receivedAtLeast(1);
    await allInstancesAssigned(kafka, `${prefix}enrichment`);
    process.stdout.write(`${instances} instance(s) consuming ${partitions} partitions\n`);

    const backlog = Array.from({ length: leads }, (_, index) => capturedMessage(index + 1));
    const startedAt = Date.now();
    for (let offset = 0; offset < backlog.length; offset += 500) await send(producer, backlog.slice(offset, offset + 500));
    const producedMs = Date.now() - startedAt;
    await receivedAtLeast(1 + leads);
    const elapsedMs = Date.now() - startedAt;
    const perSecond = leads / (elapsedMs / 1000);

    latencies.length = 0;
    const steadyTotal = steadyRate * steadySeconds;
    const steadyStart = Date.now();
    for (let sent = 0; sent < steadyTotal; ) {
      const due = Math.min(steadyTotal, Math.floor(((Date.now() - steadyStart) / 1000) * steadyRate) + 1);
      if (due > sent) {
        const batch = Array.from({ length: due - sent }, (_, index) => capturedMessage(leads + 1 + sent + index));
        const now = Date.now();
        for (const message of batch) sentAt.set(message.key, now);
        await producer.send({ topic: capturedTopic, acks: -1, messages: batch.map((message) => ({ ...message, timestamp: String(now) })) });
        sent = due;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await receivedAtLeast(1 + leads + steadyTotal);
    const sorted = [...latencies].sort((a, b) => a - b);

    process.stdout.write(
      [
        `backlog: ${leads} leads produced in ${producedMs} ms, enriched and published in ${elapsedMs} ms`,
        `throughput: ${perSecond.toFixed(0)} enrichments/s; ratio to the 2,000/s target: ${(perSecond / targetPerSecond).toFixed(2)}`,
        `steady ${steadyRate}/s for ${steadySeconds} s (${sorted.length} leads): added latency p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms`,
      ].join('\n') + '\n',
    );
    await stopServices(services);
    const rawPerSecond = await rawStorageLimit(database.url, Math.min(leads, 3_000));
    process.stdout.write(
      `raw limit (same statements through pg, 3 concurrent): ${rawPerSecond.toFixed(0)} leads/s; service reaches ${((perSecond / rawPerSecond) * 100).toFixed(0)}% of it\n`,
    );
  } finally {
    await stopServices(services);
    await consumer.disconnect();
    await producer.disconnect();
    await database.drop();
  }
}

async function rawStorageLimit(databaseUrl: string, count: number): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: 3 });
  const facts = JSON.stringify(Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`fact${index}`, { value: 'x', provider: 'p', confidence: 1, origin: 'derived', observedAt: new Date().toISOString() }])));
  const changes = JSON.stringify(Array.from({ length: 20 }, (_, index) => ({ field: `fact${index}`, previousValue: null, value: 'x', provider: 'p', confidence: 1, origin: 'derived', observedAt: new Date().toISOString() })));
  const one = async () => {
    const client = await pool.connect();
    try {
      const leadId = uuidv7();
      await client.query('BEGIN');
      await client.query('INSERT INTO inbox (event_id, consumer_group, topic) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [uuidv7(), 'raw', 'raw']);
      await client.query('SELECT facts, inputs, enriched_at FROM lead_profiles WHERE lead_id = $1 FOR UPDATE', [leadId]);
      await client.query(
        `WITH saved AS (INSERT INTO lead_profiles (lead_id, facts, inputs, enriched_at) VALUES ($1, $2::jsonb, '{}', now()) RETURNING lead_id)
         INSERT INTO fact_change_sets (lead_id, trigger, made_at, changes) SELECT saved.lead_id, 'captured', now(), $3::jsonb FROM saved`,
        [leadId, facts, changes],
      );
      await client.query('INSERT INTO outbox (event_id, topic, key, payload, headers) VALUES ($1, $2, $3, $4::json, $5::jsonb)', [uuidv7(), 'raw', leadId, facts, '{}']);
      await client.query('NOTIFY raw_bench');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  const startedAt = Date.now();
  let next = 0;
  await Promise.all(Array.from({ length: 3 }, async () => {
    while (next < count) {
      next += 1;
      await one();
    }
  }));
  const perSecond = count / ((Date.now() - startedAt) / 1000);
  await pool.end();
  return perSecond;
}

/** Every instance has joined the group and holds its partitions, so no rebalance falls inside a measurement. */
async function allInstancesAssigned(kafka: Kafka, groupId: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (;;) {
      const { groups } = await admin.describeGroups([groupId]);
      if (groups[0]?.state === 'Stable' && groups[0].members.length === instances) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await admin.disconnect();
  }
}

function send(producer: Producer, messages: { key: string; value: string }[]) {
  return producer.send({ topic: capturedTopic, acks: -1, messages });
}

function startService(databaseUrl: string): ChildProcess {
  const profiling = process.env['BENCH_CPU_PROFILE_DIR'] ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROFILE_DIR']}`] : [];
  const child = spawn(process.execPath, [...profiling, '-r', '@swc-node/register', join(root, 'apps', 'enrichment', 'src', 'main.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...testAuthEnv(),
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
    },
  });
  child.on('exit', (code) => {
    if (code === 0 || code === null) return;
    process.stderr.write(`enrichment exited with ${code}\n`);
    process.exit(1);
  });
  return child;
}

async function stopServices(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map(stopService));
}

async function stopService(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
