// Enrichments per second through the whole consumer with the offline providers and account
// matching: capture.lead.captured.v1 in over Kafka, inbox + profile + history + outbox in
// PostgreSQL, enrichment.lead.enriched.v1 out over Kafka through the outbox relay. Phase 1 floods
// a backlog and measures the drain rate against the target of 2,000/s; phase 2 sends at a
// steady rate and reports the latency each lead adds (enriched event time minus captured event time).
// The service runs as its own process, as in production; the load generator runs in this one.
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/enrichment/enrichments-throughput.bench.ts
// Options: BENCH_LEADS (default 3000), BENCH_STEADY_RATE (leads/s, default 30), BENCH_STEADY_SECONDS (default 10),
// BENCH_CPU_PROFILE_DIR (write a V8 CPU profile of the service there).
import './support/workspace-tsconfig';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { uuidv7 } from 'uuidv7';
import { provisionTopics } from '@accord/messaging';
import { createMigratedTestDatabase, uniqueName } from '@accord/testing';

const targetPerSecond = 2_000;
const leads = Number(process.env['BENCH_LEADS'] ?? 3_000);
const steadyRate = Number(process.env['BENCH_STEADY_RATE'] ?? 30);
const steadySeconds = Number(process.env['BENCH_STEADY_SECONDS'] ?? 10);
const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
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
  await provisionTopics(kafka, [capturedTopic, enrichedTopic], { partitions: 3, replicationFactor: 1 });
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

  const service = startService(database.url);
  try {
    await send(producer, [capturedMessage(0)]);
    await receivedAtLeast(1);
    process.stdout.write('service is consuming\n');

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
  } finally {
    await stopService(service);
    await consumer.disconnect();
    await producer.disconnect();
    await database.drop();
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
    if (code !== 0 && code !== null) process.stderr.write(`enrichment exited with ${code}\n`);
  });
  return child;
}

async function stopService(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
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
