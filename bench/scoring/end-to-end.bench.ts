// Scores per second through the full consumer: enriched events on Kafka in, the lead's facts,
// activities, score, history and outbox in PostgreSQL, scored events on Kafka out.
// 5,000 enriched leads (each with 5 activities) are queued before the service starts.
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/scoring/end-to-end.bench.ts
import './support/workspace-tsconfig';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'pg';
import { uuidv7 } from 'uuidv7';
import { runService } from '@accord/platform';
import { createMigratedTestDatabase, createServedTopics, eventually, testAuthEnv, testBrokers, uniqueName } from '@accord/testing';
import { ScoringModule } from '../../apps/scoring/src/app.module';
import { scoringConfigSchema } from '../../apps/scoring/src/config/scoring-config';

const leads = Number(process.env['BENCH_LEADS'] ?? 5_000);
const partitions = 3;
const targetPerSecond = 1_500;
const brokers = testBrokers();

async function main() {
  const database = await createMigratedTestDatabase('scoring');
  const prefix = `${uniqueName('bench-scoring')}.`;
  const kafka = new Kafka({ clientId: 'scoring-bench', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const inputTopic = `${prefix}enrichment.lead.enriched.v1`;
  const outputTopic = `${prefix}scoring.lead.scored.v1`;
  await createServedTopics(admin, [inputTopic, outputTopic].map((topic) => ({ topic, numPartitions: partitions })));
  await admin.disconnect();

  const pool = new Pool({ connectionString: database.url, max: 2 });
  const now = Date.now();
  const leadIds = Array.from({ length: leads }, () => uuidv7());
  const activityRows = leadIds.flatMap((leadId) =>
    Array.from({ length: 5 }, (_, index) => [`${leadId}-${index}`, leadId, index % 2 ? 'page_view' : 'email_click', new Date(now - index * 86_400_000)]),
  );
  for (let start = 0; start < activityRows.length; start += 10_000) {
    const rows = activityRows.slice(start, start + 10_000);
    await pool.query(
      'INSERT INTO activities (activity_id, lead_id, type, occurred_at) SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[])',
      [0, 1, 2, 3].map((column) => rows.map((row) => row[column])),
    );
  }

  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const observedAt = new Date(now).toISOString();
  const fact = (value: string | boolean) => ({ value, provider: 'bench', observedAt });
  for (let start = 0; start < leads; start += 1_000) {
    await producer.send({
      topic: inputTopic,
      acks: -1,
      messages: leadIds.slice(start, start + 1_000).map((leadId, index) => {
        const id = uuidv7();
        const facts = { isFreeMail: fact(index % 3 === 0), companyDomain: fact('example.nl'), jobTitle: fact(index % 2 ? 'CTO' : 'Engineer'), country: fact('NL') };
        const envelope = { id, type: 'enrichment.lead.enriched.v1', occurredAt: observedAt, producer: 'enrichment', correlationId: id, causationId: null, payload: { leadId, facts } };
        return { key: leadId, value: JSON.stringify(envelope) };
      }),
    });
  }
  await producer.disconnect();

  const arrivals: number[] = [];
  const observer = kafka.consumer({ groupId: `${prefix}observer`, maxWaitTimeInMs: 50 });
  await observer.connect();
  await observer.subscribe({ topic: outputTopic, fromBeginning: true });
  await observer.run({ eachBatch: async ({ batch }) => void arrivals.push(...batch.messages.map(() => Date.now())) });

  Object.assign(process.env, {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: brokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_TOPIC_PARTITIONS: String(partitions),
    PORT: '0',
    LOG_LEVEL: 'warn',
    ...testAuthEnv(),
    KAFKA_SESSION_TIMEOUT_MS: '6000',
  });
  const startedAt = Date.now();
  const app = await runService({ service: 'scoring', configSchema: scoringConfigSchema, module: ScoringModule.register });
  const progress = setInterval(() => {
    void pool
      .query<{ scored: number; unpublished: number }>(
        'SELECT (SELECT count(*)::int FROM lead_scores) AS scored, (SELECT count(*)::int FROM outbox WHERE published_at IS NULL) AS unpublished',
      )
      .then(({ rows }) => console.log(`  ${((Date.now() - startedAt) / 1000).toFixed(0)} s: ${rows[0].scored} scored in PostgreSQL, ${rows[0].unpublished} waiting in the outbox, ${arrivals.length} on Kafka`));
  }, 5_000);
  await eventually(() => {
    if (arrivals.length < leads) throw new Error(`${arrivals.length} of ${leads} scored`);
  }, { timeoutMs: 110_000, intervalMs: 200 });
  clearInterval(progress);
  const first = arrivals[0];
  const last = arrivals[leads - 1];
  const steadyPerSecond = ((leads - 1) / (last - first)) * 1000;
  const overallPerSecond = (leads / (last - startedAt)) * 1000;

  console.log(`leads scored end to end:        ${leads} (3 partitions, 5 stored activities each)`);
  console.log(`first to last scored event:     ${((last - first) / 1000).toFixed(2)} s`);
  console.log(`scores per second (steady):     ${Math.round(steadyPerSecond)}`);
  console.log(`incl. start-up and group join:  ${Math.round(overallPerSecond)} per second`);
  console.log(`ratio to 1,500/s:               ${(steadyPerSecond / targetPerSecond).toFixed(2)}x`);

  const metrics = await (await fetch(`${await app.getUrl()}/metrics`)).text();
  const handler = (suffix: string) => metrics.split('\n').filter((line) => line.startsWith(`consumer_handler_duration_seconds_${suffix}`) && line.includes('enriched')).map((line) => Number(line.split(' ').at(-1)))[0];
  console.log(`mean handling time per event:   ${((handler('sum') / handler('count')) * 1000).toFixed(1)} ms (3 partitions in parallel)`);
  await observer.disconnect();
  await app.close();
  await pool.end();
  await database.drop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
