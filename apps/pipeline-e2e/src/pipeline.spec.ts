import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { eventually } from '@accord/testing';
import { capturedEnvelope, qualifyingLead } from './support/lead-fixtures';
import { PipelineUnderTest } from './support/pipeline-under-test';
import { RawKafka } from './support/raw-kafka';

const capturedTopic = 'capture.lead.captured.v1';

describe('the walking skeleton over real Kafka and PostgreSQL', () => {
  let pipeline: PipelineUnderTest;
  let kafka: RawKafka;

  beforeAll(async () => {
    pipeline = await PipelineUnderTest.start('e2e');
    kafka = new RawKafka(pipeline.brokers);
  });

  afterAll(async () => {
    await pipeline?.stop();
  });

  it('carries a lead from capture to rewards within 5 seconds, persisted by every service', async () => {
    const response = await pipeline.postLead(qualifyingLead('ada.walking@example-robotics.nl'));
    expect(response.status).toBe(201);
    const { leadId } = (await response.json()) as { leadId: string };

    await eventually(
      async () => {
        const [funnel] = await pipeline.query<{ assignee_id: string | null }>(
          'rewards',
          'SELECT assignee_id FROM funnel_leads WHERE lead_id = $1 AND captured_at IS NOT NULL AND mql_at IS NOT NULL',
          [leadId],
        );
        expect(funnel?.assignee_id).toBe('inbound');
      },
      { timeoutMs: 5_000, intervalMs: 50 },
    );
    expect(await pipeline.count('capture', 'SELECT count(*) FROM leads WHERE id = $1', [leadId])).toBe(1);
    expect(await pipeline.count('enrichment', 'SELECT count(*) FROM lead_profiles WHERE lead_id = $1', [leadId])).toBe(1);
    expect(
      await pipeline.count('scoring', "SELECT count(*) FROM lead_scores WHERE lead_id = $1 AND stage = 'mql'", [leadId]),
    ).toBe(1);
    expect(await pipeline.count('hand-off', 'SELECT count(*) FROM assignments WHERE lead_id = $1', [leadId])).toBe(1);
    const [mql] = await pipeline.query<{ payload: AccordEvent<'scoring.lead.stage-changed.v1'> }>(
      'scoring',
      "SELECT payload FROM outbox WHERE key = $1 AND topic LIKE '%stage-changed.v1' AND payload->'payload'->>'to' = 'mql'",
      [leadId],
    );
    expect(mql.payload.payload.routingFacts?.country).toMatchObject({ value: 'NL', provider: expect.any(String), observedAt: expect.any(String) });
  });

  it('turns the same person sent twice into one lead and one set of downstream effects', async () => {
    const first = await pipeline.postLead(qualifyingLead('grace.twice@example-robotics.nl'));
    const second = await pipeline.postLead(qualifyingLead('  Grace.Twice@Example-Robotics.NL '));
    expect([first.status, second.status]).toEqual([201, 200]);
    const { leadId } = (await first.json()) as { leadId: string };
    expect(await second.json()).toEqual({ leadId, outcome: 'merged' });

    await eventually(async () => {
      expect(await pipeline.count('rewards', 'SELECT count(*) FROM funnel_leads WHERE lead_id = $1 AND assigned_at IS NOT NULL', [leadId])).toBe(1);
    });
    expect(await pipeline.count('capture', 'SELECT count(*) FROM leads WHERE id = $1', [leadId])).toBe(1);
    expect(await pipeline.count('capture', 'SELECT count(*) FROM touchpoints WHERE lead_id = $1', [leadId])).toBe(2);
    expect(await pipeline.count('capture', "SELECT count(*) FROM outbox WHERE key = $1 AND topic LIKE '%lead.captured.v1'", [leadId])).toBe(1);
    expect(
      await pipeline.count('scoring', "SELECT count(*) FROM outbox WHERE key = $1 AND topic LIKE '%stage-changed.v1'", [leadId]),
    ).toBe(1);
    expect(await pipeline.count('hand-off', 'SELECT count(*) FROM outbox WHERE key = $1', [leadId])).toBe(1);
  });

  it('dead-letters a malformed and a schema-violating message and still processes the next good one', async () => {
    const leadId = uuidv7();
    const broken = capturedEnvelope(leadId);
    delete broken.payload.person.email;
    await kafka.produce(pipeline.topic(capturedTopic), [
      { key: leadId, value: '{"this is": not json' },
      { key: leadId, value: JSON.stringify(broken) },
      { key: leadId, value: JSON.stringify(capturedEnvelope(leadId)) },
    ]);

    await eventually(async () => {
      expect(await pipeline.count('enrichment', 'SELECT count(*) FROM lead_profiles WHERE lead_id = $1', [leadId])).toBe(1);
    });
    await eventually(async () => {
      const deadLetters = (await kafka.readAll(`${pipeline.topic(capturedTopic)}.dlq`)).filter(
        (message) => message.key === leadId && message.headers['x-dlq-consumer-group'] === `${pipeline.topicPrefix}enrichment`,
      );
      expect(deadLetters.map((message) => message.headers['x-dlq-error-class']).sort()).toEqual([
        'EventContractViolation',
        'MalformedMessageError',
      ]);
      expect(deadLetters.find((message) => message.headers['x-dlq-error-class'] === 'EventContractViolation')?.headers['x-dlq-error']).toMatch(
        /person\.email/,
      );
      expect(deadLetters.every((message) => message.headers['x-dlq-original-topic'] === pipeline.topic(capturedTopic))).toBe(true);
    });
  });

  it('loses and duplicates nothing when a consumer is killed mid-stream and restarted', async () => {
    const total = 300;
    const source = `kill-${Date.now()}`;
    const leadIds: string[] = [];
    const posting = (async () => {
      for (let batch = 0; batch < total; batch += 20) {
        const responses = await Promise.all(
          Array.from({ length: 20 }, (_, index) => pipeline.postLead(qualifyingLead(`kill.${batch + index}.${source}@example-robotics.nl`, source))),
        );
        for (const response of responses) {
          expect(response.status).toBe(201);
          leadIds.push(((await response.json()) as { leadId: string }).leadId);
        }
      }
    })();

    const scored = () => pipeline.count('scoring', 'SELECT count(*) FROM lead_scores WHERE lead_id = ANY($1::uuid[])', [leadIds]);
    await eventually(async () => expect(await scored()).toBeGreaterThanOrEqual(20), { intervalMs: 10 });
    await pipeline.service('scoring').kill();
    const scoredBeforeKill = await scored();
    await posting;
    expect(scoredBeforeKill).toBeLessThan(total);
    await pipeline.service('scoring').start();

    await eventually(
      async () => {
        expect(await pipeline.count('rewards', 'SELECT count(*) FROM funnel_leads WHERE source = $1 AND assigned_at IS NOT NULL', [source])).toBe(total);
      },
      { timeoutMs: 90_000, intervalMs: 250 },
    );
    expect(await scored()).toBe(total);
    const stageChanges = await pipeline.query<{ key: string; events: string }>(
      'scoring',
      "SELECT key, count(*) AS events FROM outbox WHERE key = ANY($1) AND topic LIKE '%stage-changed.v1' GROUP BY key",
      [leadIds],
    );
    expect(stageChanges).toHaveLength(total);
    expect(stageChanges.every((row) => Number(row.events) === 1)).toBe(true);
    expect(await pipeline.count('hand-off', 'SELECT count(*) FROM assignments WHERE lead_id = ANY($1::uuid[])', [leadIds])).toBe(total);
    expect(await pipeline.count('hand-off', 'SELECT count(*) FROM outbox WHERE key = ANY($1)', [leadIds])).toBe(total);
  });

  it('shuts down gracefully on SIGTERM: in-flight work finishes and the outbox is flushed', async () => {
    const source = `term-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) => pipeline.postLead(qualifyingLead(`term.${index}.${source}@example-robotics.nl`, source))),
    );
    expect(responses.every((response) => response.status === 201)).toBe(true);

    const [captureExit, enrichmentExit] = await Promise.all([
      pipeline.service('capture').stop(),
      pipeline.service('enrichment').stop(),
    ]);
    const graceful = { code: null, signal: 'SIGTERM' };
    expect([captureExit, enrichmentExit]).toEqual([graceful, graceful]);
    expect(await pipeline.count('capture', 'SELECT count(*) FROM outbox WHERE published_at IS NULL')).toBe(0);
    expect(await pipeline.count('enrichment', 'SELECT count(*) FROM outbox WHERE published_at IS NULL')).toBe(0);

    await pipeline.service('enrichment').start();
    await eventually(
      async () => {
        expect(await pipeline.count('rewards', 'SELECT count(*) FROM funnel_leads WHERE source = $1 AND assigned_at IS NOT NULL', [source])).toBe(40);
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  });
});
