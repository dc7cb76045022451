import { eventually } from '@accord/testing';
import { qualifyingLead } from './support/lead-fixtures';
import { OtlpReceiver, ReceivedSpan } from './support/otlp-receiver';
import { PipelineUnderTest, services } from './support/pipeline-under-test';
import { WebhookSubscriber } from './support/webhook-subscriber';

const assigned = 'hand-off.lead.assigned.v1';
const breached = 'hand-off.sla.breached.v1';
const patience = { timeoutMs: 30_000, intervalMs: 100 };

/** The span and its ancestors up to the root, root first; stops at a parent the trace lacks. */
function ancestry(span: ReceivedSpan, trace: ReceivedSpan[]): ReceivedSpan[] {
  const byId = new Map(trace.map((candidate) => [candidate.spanId, candidate]));
  const chain = [span];
  for (let parent = byId.get(span.parentSpanId ?? ''); parent; parent = byId.get(parent.parentSpanId ?? '')) {
    chain.unshift(parent);
  }
  return chain;
}

/** What a hop of the pipeline looks like in a trace: the service, the span kind and what it is about. */
function hop(span: ReceivedSpan): string {
  const subject = String(span.attributes['accord.event_type'] ?? span.attributes['http.route'] ?? span.name);
  return `${span.service} ${span.kind} ${subject}`;
}

describe('one trace per lead, from the capture request to the hand-off webhook', () => {
  const receiver = new OtlpReceiver();
  const subscriber = new WebhookSubscriber();
  let pipeline: PipelineUnderTest;

  beforeAll(async () => {
    await receiver.start();
    await subscriber.start();
    pipeline = await PipelineUnderTest.start('traces', {
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100' },
      serviceEnv: { 'hand-off': { WEBHOOK_POLL_INTERVAL_MS: '100', SLA_POLL_INTERVAL_MS: '200' } },
    });
    expect((await handOff('POST', '/v1/webhooks/subscriptions', { url: subscriber.url, eventTypes: [assigned] })).status).toBe(201);
    // Leads from NL go to a rep whose SLA runs out within seconds, so a breach fires during the test.
    const aroundTheClock = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
    const sla = { acceptWithinBusinessHours: 0.002, remindBeforeMinutes: 0, reassignOnBreach: false };
    const setUp: Array<[string, unknown]> = [
      ['/v1/teams/team-nl', { name: 'NL', managerId: 'manager-nl', timeZone: 'UTC', workingHours: aroundTheClock, sla }],
      ['/v1/reps/rep-nl', { teamId: 'team-nl', name: 'Rep', role: 'sales', weight: 1, capacity: 1000, timeZone: 'UTC', workingHours: aroundTheClock }],
      ['/v1/territories/nl', { name: 'NL', countries: ['NL'] }],
      ['/v1/routing-rules/nl', { position: 1, name: 'NL', teamId: 'team-nl', conditions: { territoryIds: ['nl'] } }],
    ];
    for (const [path, body] of setUp) expect((await handOff('PUT', path, body)).status).toBe(200);
  });

  function handOff(method: string, path: string, body: unknown): Promise<Response> {
    return pipeline.request('hand-off', method, path, body);
  }

  afterAll(async () => {
    await pipeline?.stop();
    await subscriber.stop();
    await receiver.stop();
  });

  it('links every hop of a lead in one trace across all five services, without personal data', async () => {
    const person = { ...qualifyingLead('ada.traced@example-robotics.nl'), firstName: 'Adelheid', lastName: 'Tracewell', phone: '+31 20 794 6123' };
    const response = await pipeline.postLead(person);
    expect(response.status).toBe(201);
    const { leadId } = (await response.json()) as { leadId: string };

    const webhook = await eventually(() => {
      const [delivered] = subscriber.forLead(leadId);
      expect(delivered?.event.type).toBe(assigned);
      return delivered;
    }, patience);
    const traceId = String(webhook.headers['traceparent']).split('-')[1];
    const delivery = await eventually(() => {
      const span = receiver.trace(traceId).find((candidate) => candidate.name === `webhook deliver ${assigned}`);
      expect(span).toBeDefined();
      return span as ReceivedSpan;
    }, patience);
    // Rewards consumes captured, stage-changed, assigned and the SLA breach; wait for all of them before judging the trace.
    await eventually(() => {
      const rewards = receiver.trace(traceId).filter((span) => span.service === 'rewards' && span.kind === 'consumer');
      expect(rewards.map((span) => span.attributes['accord.event_type']).sort()).toEqual([
        'capture.lead.captured.v1',
        assigned,
        breached,
        'scoring.lead.stage-changed.v1',
      ]);
    }, patience);
    const trace = receiver.trace(traceId);

    expect(webhook.headers['traceparent']).toContain(delivery.spanId);
    expect(new Set(trace.map((span) => span.service))).toEqual(new Set(services));
    const spanIds = new Set(trace.map((span) => span.spanId));
    expect(trace.filter((span) => span.parentSpanId !== undefined && !spanIds.has(span.parentSpanId))).toEqual([]);
    const roots = trace.filter((span) => span.parentSpanId === undefined);
    expect(roots.map((span) => `${span.service} ${span.kind}`)).toEqual(['capture server']);

    const hops = ancestry(delivery, trace).filter((span) => span.kind !== 'internal' && span.kind !== 'unspecified');
    expect(hops.map(hop)).toEqual([
      'capture server /v1/leads',
      'capture producer capture.lead.captured.v1',
      'enrichment consumer capture.lead.captured.v1',
      'enrichment producer enrichment.lead.enriched.v1',
      'scoring consumer enrichment.lead.enriched.v1',
      'scoring producer scoring.lead.stage-changed.v1',
      'hand-off consumer scoring.lead.stage-changed.v1',
      `hand-off client ${assigned}`,
    ]);
    expect(ancestry(delivery, trace)[0]).toBe(roots[0]);
    const breach = trace.find((span) => span.name === 'sla breach fire');
    const breachHops = ancestry(breach as ReceivedSpan, trace).map(hop);
    expect(breachHops[0]).toBe(hop(roots[0]));
    expect(breachHops.slice(-2)).toEqual([
      'hand-off consumer scoring.lead.stage-changed.v1',
      'hand-off internal sla breach fire',
    ]);
    expect(breach?.attributes['accord.lead_id']).toBe(leadId);
    expect(trace.filter((span) => span.parentSpanId === breach?.spanId).map(hop)).toContain(`hand-off producer ${breached}`);
    const databaseWorkOf = (parent: ReceivedSpan) =>
      trace.filter((span) => span.parentSpanId === parent.spanId && span.attributes['db.system.name'] === 'postgresql');
    const consumersWithoutDatabaseWork = trace.filter((span) => span.kind === 'consumer' && databaseWorkOf(span).length === 0);
    expect(consumersWithoutDatabaseWork.map(hop)).toEqual([]);

    const messagingSpans = trace.filter((span) => span.kind === 'producer' || span.kind === 'consumer');
    for (const span of [...messagingSpans, delivery]) {
      expect(span.attributes).toMatchObject({ 'accord.lead_id': leadId, 'accord.event_type': expect.any(String) });
    }
    for (const span of trace.filter((candidate) => candidate.kind === 'consumer')) {
      expect(span.attributes).toMatchObject({
        'messaging.destination.name': pipeline.topic(String(span.attributes['accord.event_type'])),
        'messaging.destination.partition.id': expect.any(String),
        'messaging.kafka.offset': expect.any(Number),
        'accord.outcome': 'processed',
      });
    }
    expect(delivery.attributes['accord.outcome']).toBe('delivered');
    expect(trace.filter((span) => span.name.endsWith(' send')).map((span) => span.attributes['accord.outcome'])).not.toContain('failed');

    const personal = [person.email, person.firstName, person.lastName, person.phone, person.phone.replace(/\s/g, '')];
    const exported = JSON.stringify(receiver.spans.map((span) => [span.name, span.attributes]));
    for (const value of personal) expect(exported).not.toContain(value);
    expect(receiver.rejected).toEqual([]);
  });
});
