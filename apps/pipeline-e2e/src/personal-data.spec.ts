import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from '@accord/testing';
import { CaptureAdmin } from './support/personal-data/capture-admin';
import { fictionalPerson, identifiers } from './support/personal-data/fictional-person';
import { RawOtlpReceiver } from './support/personal-data/raw-otlp-receiver';
import { settled } from './support/personal-data/settled';
import { ReadMessage, readRunTopics } from './support/personal-data/topic-scan';
import { attributedRevenue, organiseTeam, winDeal } from './support/personal-data/won-deal';
import { PipelineUnderTest, services } from './support/pipeline-under-test';

const source = 'privacy-web';
const patience = { timeoutMs: 60_000, intervalMs: 250 };

/**
 * The only places a person's details may travel: the values (never keys or headers) of the events
 * whose consumers need them. Captured and touchpoint-recorded carry the person as submitted, because
 * enrichment derives facts from it and hand-off hashes the e-mail; enriched carries facts derived
 * from it (the phone in E.164) for scoring and routing; a CRM outcome may name the e-mail when the
 * sales tool does not know the lead id. Logs, traces, message keys and headers, and every other
 * event must never hold them.
 */
const topicsAllowedToCarryThePerson = new Set([
  'capture.lead.captured.v1',
  'capture.touchpoint.recorded.v1',
  'enrichment.lead.enriched.v1',
  'crm.opportunity.outcome.v1',
]);

function leaksIn(places: Record<string, string>, values: Record<string, string>): string[] {
  return Object.entries(places).flatMap(([place, text]) =>
    Object.entries(values)
      .filter(([, value]) => text.toLowerCase().includes(value.toLowerCase()))
      .map(([name]) => `${name} in ${place}`),
  );
}

function messagePlaces(messages: ReadMessage[]): Record<string, string> {
  const places: Record<string, string> = {};
  messages.forEach((message, index) => {
    places[`key of ${message.topic} #${index}`] = message.key ?? '';
    places[`headers of ${message.topic} #${index}`] = JSON.stringify(message.headers);
    if (!topicsAllowedToCarryThePerson.has(message.topic)) places[`value of ${message.topic} #${index}`] = message.value ?? '';
  });
  return places;
}

describe('personal data in logs, traces and Kafka keys and headers of a full run', () => {
  const admin = new CaptureAdmin();
  const receiver = new RawOtlpReceiver();
  let pipeline: PipelineUnderTest | undefined;

  beforeAll(async () => {
    await receiver.start();
    pipeline = await PipelineUnderTest.start('privacy', {
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'debug' },
      serviceEnv: { capture: admin.env },
    });
    admin.attach(pipeline);
    await organiseTeam(pipeline, source);
  });

  afterAll(async () => {
    await pipeline?.stop();
    await receiver.stop();
  });

  it('finds the person only in the event values that must carry them', async () => {
    const run = pipeline as PipelineUnderTest;
    const person = fictionalPerson('privacy', source);
    const personal = identifiers(person);
    const leadId = await admin.postLead(person);
    expect(await admin.postLead({ ...person, campaign: 'autumn-webinar' })).toBe(leadId);
    // Refused requests are logged too; what they said must not be.
    expect((await admin.submit({ ...person, phone: '12' })).status).toBe(422);
    expect((await admin.request('POST', '/v1/leads', person, { authorization: `Bearer ${person.email}` })).status).toBe(401);
    await winDeal(run, leadId, person.email);
    await attributedRevenue(run, 1_250_000);
    const erasure = await admin.request('POST', '/v1/erasures', { email: person.email });
    expect(erasure.status).toBe(202);
    const { erasureId } = (await erasure.json()) as { erasureId: string };
    await eventually(async () => expect(((await (await admin.request('GET', `/v1/erasures/${erasureId}`)).json()) as { status: string }).status).toBe('completed'), patience);
    await settled(run);

    const messages = await readRunTopics(run);
    const allowedValues = messages.filter((message) => topicsAllowedToCarryThePerson.has(message.topic)).map((message) => message.value ?? '');
    expect(leaksIn({ 'allowed event values': allowedValues.join('\n') }, { email: personal['email'] })).toHaveLength(1);
    expect(messages.map((message) => message.topic)).toEqual(expect.arrayContaining(['capture.lead.erased.v1', 'hand-off.lead.assigned.v1', 'rewards.lead.erasure-completed.v1']));
    const kafkaLeaks = leaksIn(messagePlaces(messages), personal);

    await run.stop();
    pipeline = undefined;
    const logs = Object.fromEntries(services.map((service) => [`${service} log`, readFileSync(join(__dirname, '..', '..', '..', 'tmp', 'e2e-logs', run.topicPrefix, `${service}.log`), 'utf8')]));
    for (const service of services) expect(logs[`${service} log`]).toContain(`${service} listening on`);
    expect(logs['capture log']).toContain('"route":"/v1/erasures"');
    expect(new Set(receiver.spans.map((span) => span.service))).toEqual(new Set(services));
    const traces = Object.fromEntries(receiver.exports.map((body, index) => [`trace export #${index}`, body]));

    expect({ kafka: kafkaLeaks, logs: leaksIn(logs, personal), traces: leaksIn(traces, personal) }).toEqual({ kafka: [], logs: [], traces: [] });
  });
});
