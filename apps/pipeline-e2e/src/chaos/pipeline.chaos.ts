import { randomBytes, randomInt } from 'node:crypto';
import { eventually } from '@accord/testing';
import { PipelineUnderTest, services } from '../support/pipeline-under-test';
import { createChaosSalesTeam } from './chaos-sales-team';
import { describeFault, performFaults, planFaults } from './chaos-schedule';
import { checkEventOrder } from './event-order';
import { KafkaInspector } from './kafka-inspector';
import { LeadStream } from './lead-stream';
import { OutcomeFeed } from './outcome-feed';
import { findDuplicates, measureReach, outboxRowsOf } from './pipeline-effects';
import { SeededRandom } from './seeded-random';

const setting = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
};

const seed = setting('CHAOS_SEED', randomInt(2 ** 31));
const leads = setting('CHAOS_LEADS', 5_000);
const concurrency = setting('CHAOS_CONCURRENCY', 12);
const extraKills = setting('CHAOS_EXTRA_KILLS', 3);
const settleTimeoutMs = setting('CHAOS_SETTLE_TIMEOUT_MS', 20 * 60_000);
/** Every n-th accepted lead gets an opportunity outcome, alternately won and lost. */
const outcomeEvery = 5;
const orderedTopics = [
  'capture.lead.captured.v1',
  'enrichment.lead.enriched.v1',
  'scoring.lead.scored.v1',
  'scoring.lead.stage-changed.v1',
  'hand-off.lead.assigned.v1',
  'hand-off.opportunity.closed.v1',
];

const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);

describe('the pipeline under chaos', () => {
  let pipeline: PipelineUnderTest;
  let inspector: KafkaInspector;
  let outcomes: OutcomeFeed;
  let apiKey: string;

  beforeAll(async () => {
    log(`chaos: seed ${seed} (CHAOS_SEED=${seed} replays the fault plan), ${leads} leads, ${concurrency} clients`);
    const adminKey = randomBytes(24).toString('hex');
    pipeline = await PipelineUnderTest.start('chaos', {
      env: { LOG_LEVEL: 'warn' },
      serviceEnv: { capture: { ADMIN_API_KEY: adminKey, RATE_LIMIT_PER_SECOND: '100000', RATE_LIMIT_BURST: '100000' } },
    });
    inspector = new KafkaInspector(pipeline.brokers, pipeline.topicPrefix);
    await inspector.connect();
    outcomes = new OutcomeFeed(pipeline.brokers, pipeline.topic('crm.opportunity.outcome.v1'));
    await createChaosSalesTeam(pipeline, 8);
    apiKey = await createApiKey(pipeline.service('capture').url, adminKey);
  }, 10 * 60_000);

  afterAll(async () => {
    await outcomes?.close();
    await inspector?.disconnect();
    await pipeline?.stop();
  });

  it('loses, doubles and reorders nothing while services, the broker and the databases fail', async () => {
    const random = new SeededRandom(seed);
    const faults = planFaults(random, extraKills);
    faults.forEach((fault) => log(`chaos: planned ${describeFault(fault)}`));

    const stream = new LeadStream({
      captureUrl: pipeline.service('capture').url,
      scoringUrl: pipeline.service('scoring').url,
      scoringHeaders: await pipeline.authorization(),
      apiKey,
      leads,
      concurrency,
      runTag: pipeline.topicPrefix.replace(/\W+/g, ''),
      onAccepted: ({ index, leadId }) => {
        if (index % outcomeEvery !== 0) return;
        const won = index % (2 * outcomeEvery) === 0;
        outcomes.add({ outcomeId: `chaos-outcome-${index}`, leadId, opportunityId: `chaos-opportunity-${index}`, outcome: won ? 'won' : 'lost', amountMinor: 100_000 + index });
      },
    });
    const startedAt = Date.now();
    const streamed = stream.run();
    const performed = await performFaults(pipeline, faults, { reached: (fraction) => stream.reached(fraction), done: streamed }, log);
    await streamed;
    await outcomes.delivered();
    const streamSeconds = (Date.now() - startedAt) / 1000;
    log(`chaos: stream done in ${streamSeconds.toFixed(0)} s: ${JSON.stringify(stream.counts)}`);

    const leadIds = [...new Set(stream.accepted.map((lead) => lead.leadId))];
    const expected = leadIds.length;
    const wonDeals = outcomes.reported.filter((outcome) => outcome.outcome === 'won').length;
    let reach = await measureReach(pipeline, leadIds, outcomes.reported);
    await eventually(
      async () => {
        reach = await measureReach(pipeline, leadIds, outcomes.reported);
        expect(reach).toEqual({
          capture: expected,
          enrichment: expected,
          scoringMql: expected,
          handOffAssignedToRep: expected,
          rewardsFunnelAssigned: expected,
          outcomesMatched: outcomes.reported.length,
          wonDealsCredited: wonDeals,
        });
      },
      { timeoutMs: settleTimeoutMs, intervalMs: 2_000 },
    ).finally(() => log(`chaos: reach ${JSON.stringify(reach)} of ${expected} leads, ${outcomes.reported.length} outcomes, ${wonDeals} won`));

    let lagging: { group: string; topic: string; lag: number }[] = [];
    await eventually(
      async () => {
        lagging = (await inspector.lag()).filter((entry) => entry.lag > 0);
        expect(lagging).toEqual([]);
      },
      { timeoutMs: 5 * 60_000, intervalMs: 1_000 },
    ).finally(() => log(`chaos: consumer groups with lag: ${JSON.stringify(lagging)}`));

    const duplicates = await findDuplicates(pipeline, leadIds, outcomes.reported, stream.counts.activitiesAccepted);
    log(`chaos: duplicates ${JSON.stringify(duplicates)}`);

    const order = Object.fromEntries(
      await Promise.all(orderedTopics.map(async (topic) => [topic, checkEventOrder(await inspector.readAll(pipeline.topic(topic)))] as const)),
    );
    for (const [topic, report] of Object.entries(order)) {
      log(`chaos: ${topic}: ${report.records} records, ${report.keys} keys, ${report.redelivered} redelivered, ${report.outOfOrder.length} out of order`);
      const examples = report.outOfOrder.slice(0, 5);
      if (examples.length === 0) continue;
      const rows = await outboxRowsOf(pipeline, topic, examples.flatMap(({ earlier, later }) => [earlier.id, later.id]));
      for (const example of examples) log(`chaos:   ${JSON.stringify({ ...example, outbox: rows.filter((row) => [example.earlier.id, example.later.id].includes(row.event_id)) })}`);
    }

    const deadLetterTopics = (await inspector.topics()).filter((topic) => topic.endsWith('.dlq'));
    const deadLetters = (await Promise.all(deadLetterTopics.map((topic) => inspector.readAll(topic)))).flat();
    const reasons = new Map<string, number>();
    for (const letter of deadLetters) {
      const reason = `${letter.headers['x-dlq-original-topic']} in ${letter.headers['x-dlq-consumer-group']}: ${letter.headers['x-dlq-error-class']}: ${letter.headers['x-dlq-error']}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    log(`chaos: ${deadLetters.length} dead letters in ${deadLetterTopics.length} .dlq topics`);
    reasons.forEach((count, reason) => log(`chaos:   ${count} x ${reason}`));

    const kills = performed.filter(({ fault }) => fault.kind === 'kill');
    log(
      `chaos: COUNTS seed=${seed} sent=${stream.counts.sent} accepted=${stream.counts.accepted} refused=${stream.counts.refused} ` +
        `answered503=${stream.counts.answered503} unreachable=${stream.counts.connectionFailures} ` +
        `reached=${JSON.stringify(reach)} duplicates=${Object.values(duplicates).reduce((sum, count) => sum + count, 0)} ` +
        `outOfOrder=${Object.values(order).reduce((sum, report) => sum + report.outOfOrder.length, 0)} dlq=${deadLetters.length} ` +
        `kills=${kills.length} (${services.map((service) => `${service}:${kills.filter(({ fault }) => fault.kind === 'kill' && fault.service === service).length}`).join(',')}) ` +
        `kafkaRestarts=${performed.filter(({ fault }) => fault.kind === 'kafka-restart').length} ` +
        `postgresOutages=${performed.filter(({ fault }) => fault.kind === 'postgres-outage').length} ` +
        `faultsDuringStream=${performed.filter((entry) => entry.duringStream).length}/${performed.length} streamSeconds=${streamSeconds.toFixed(0)}`,
    );

    expect(stream.counts.refused).toBe(0);
    expect(stream.counts.activitiesRefused).toBe(0);
    expect(new Set(kills.map(({ fault }) => fault.kind === 'kill' && fault.service))).toEqual(new Set(services));
    expect(duplicates).toEqual({
      capturedEventsPerLead: 0,
      mqlTransitionsPerLead: 0,
      mqlEventsPerLead: 0,
      assignedEventsPerLead: 0,
      closedEventsPerOpportunity: 0,
      activitiesBeyondSent: 0,
      creditSetsNotSummingToDeal: 0,
    });
    for (const report of Object.values(order)) expect(report.outOfOrder).toEqual([]);
    expect(deadLetters.filter((letter) => !letter.headers['x-dlq-error'])).toEqual([]);
  });
});

async function createApiKey(captureUrl: string, adminKey: string): Promise<string> {
  const response = await fetch(`${captureUrl}/v1/admin/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ name: 'chaos load', source: 'chaos' }),
  });
  if (response.status !== 201) throw new Error(`capture refused an API key: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { key: string }).key;
}
