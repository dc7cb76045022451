import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { CaptureUnderTest } from '../../test-support/capture-under-test';

const topic = 'upstream.lead.submitted.v1';
const sample = JSON.parse(readFileSync(join(__dirname, '../../../../../libs/contracts/samples/upstream.lead.submitted.v1.json'), 'utf8'));

function envelope(payload: Record<string, unknown>) {
  const id = uuidv7();
  return { key: String(payload['submissionId']), value: JSON.stringify({ ...sample, id, correlationId: id, payload }) };
}

describe('the inbound topic for upstream systems', () => {
  let capture: CaptureUnderTest;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start();
  });

  afterAll(async () => {
    await capture?.stop();
  });

  it('captures a valid submission once however often it is delivered, and dead-letters what the API would refuse', async () => {
    const valid = { ...sample.payload, submissionId: 'sub-1', person: { ...sample.payload.person, email: 'upstream.one@example-robotics.nl' } };
    const badEmail = { ...sample.payload, submissionId: 'sub-2', person: { ...sample.payload.person, email: 'not-an-address' } };
    const badPhone = { ...sample.payload, submissionId: 'sub-3', person: { ...sample.payload.person, email: 'upstream.phone@example.nl', phone: '12' } };
    const offContract = { ...sample.payload, submissionId: 'sub-4', system: 'Not A System Code' };
    await capture.produce(topic, [envelope(valid), envelope(badEmail), envelope(badPhone), envelope(offContract), { key: 'x', value: '{"broken":' }, envelope(valid)]);

    await eventually(async () => {
      const deadLetters = await capture.publishedEvents(`${topic}.dlq`);
      expect(deadLetters).toHaveLength(4);
    }, { timeoutMs: 30_000 });
    await eventually(async () => {
      expect(await capture.count("SELECT count(*) FROM touchpoints WHERE channel = 'kafka'")).toBe(1);
    });
    const { rows: [touchpoint] } = await capture.pool.query("SELECT * FROM touchpoints WHERE channel = 'kafka'");
    expect(touchpoint).toMatchObject({ source: 'partner-portal', external_id: 'partner-portal:sub-1', form: 'partner-referral', consent_marketing: true });
    expect(await capture.count('SELECT count(*) FROM leads')).toBe(1);
    expect(await capture.count("SELECT count(*) FROM outbox WHERE topic LIKE '%lead.captured.v1'")).toBe(1);
    const deadLetters = await capture.publishedEvents(`${topic}.dlq`);
    expect(deadLetters.map((message) => message.key).sort()).toEqual(['sub-2', 'sub-3', 'sub-4', 'x']);
    expect(deadLetters.every((message) => Object.keys(message.headers).some((name) => name.startsWith('x-dlq-')))).toBe(true);
  });
});
