import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { adminKey, CaptureUnderTest } from '../../test-support/capture-under-test';
import { ErasureReport } from './domain/erasure-report';
import { PersonalDataRetentionJob } from './personal-data-retention.job';

const samples = join(__dirname, '../../../../../libs/contracts/samples');

/** A confirmation as the named service would publish it for one erasure. */
function confirmation(service: string, leadId: string, erasureId: string, completedAt: string) {
  const type = `${service}.lead.erasure-completed.v1`;
  const sample = JSON.parse(readFileSync(join(samples, `${type}.json`), 'utf8'));
  const id = uuidv7();
  return { key: leadId, value: JSON.stringify({ ...sample, id, correlationId: id, causationId: erasureId, payload: { leadId, erasureId, completedAt, kept: ['scores'] } }) };
}

describe('erasure by lead id or e-mail, its report and the retention period, over real Kafka and PostgreSQL', () => {
  let capture: CaptureUnderTest;
  let auth: Record<string, string>;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start({ PERSONAL_DATA_RETENTION_DAYS: '30', RETENTION_SWEEP_INTERVAL_MS: '3600000' });
    const { key } = await capture.createKey('erasure-report', { source: 'website', defaultPhoneRegion: 'NL' });
    auth = { authorization: `Bearer ${key}` };
  });

  afterAll(async () => {
    await capture?.stop();
  });

  let phones = 0;
  // Each lead its own number: a shared one would merge them into one person.
  const captureLead = async (email: string) => {
    const phone = `06 4444555${(phones += 1)}`;
    const response = await capture.post('/v1/leads', { email, firstName: 'Hedy', lastName: 'Lamarr', phone, company: 'Radio', clickIds: { gclid: 'G-9' } }, auth);
    expect(response.status).toBe(201);
    return ((await response.json()) as { leadId: string }).leadId;
  };

  const admin = (method: string, path: string, body?: unknown, key = adminKey) =>
    fetch(`${capture.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const report = async (erasureId: string) => (await (await admin('GET', `/v1/erasures/${erasureId}`)).json()) as ErasureReport;

  it('erases with DELETE /v1/leads/{id}, blanks the person in its outbox too, and reports each service as it confirms', async () => {
    const leadId = await captureLead('hedy.delete@example-radio.org');
    const response = await admin('DELETE', `/v1/leads/${leadId}`);
    expect(response.status).toBe(202);
    const { erasureId } = (await response.json()) as { erasureId: string };

    const outbox = JSON.stringify((await capture.pool.query('SELECT payload FROM outbox WHERE key = $1', [leadId])).rows);
    expect(outbox).not.toMatch(/hedy|lamarr|44445|G-9/i);
    expect(outbox).toContain('capture.lead.erased.v1');

    const pending = await report(erasureId);
    expect(pending).toMatchObject({ erasureId, leadId, reason: 'request', status: 'pending' });
    expect(pending.services.filter((service) => service.status === 'completed').map((service) => service.service)).toEqual(['capture']);

    await capture.produce('scoring.lead.erasure-completed.v1', [confirmation('scoring', leadId, erasureId, '2026-11-20T14:05:02.000Z')]);
    await eventually(async () => {
      const scoring = (await report(erasureId)).services.find((service) => service.service === 'scoring');
      expect(scoring).toEqual({ service: 'scoring', status: 'completed', completedAt: '2026-11-20T14:05:02.000Z', kept: ['scores'] });
    }, { timeoutMs: 30_000 });

    const others = ['enrichment', 'hand-off', 'rewards'];
    for (const service of others) {
      await capture.produce(`${service}.lead.erasure-completed.v1`, [confirmation(service, leadId, erasureId, new Date().toISOString())]);
    }
    await eventually(async () => expect((await report(erasureId)).status).toBe('completed'), { timeoutMs: 30_000 });
  });

  it('erases the lead of an e-mail address however it is cased, and answers 404 without echoing an unknown one', async () => {
    const leadId = await captureLead('hedy.mail@example-radio.org');
    const response = await admin('POST', '/v1/erasures', { email: '  Hedy.Mail@Example-Radio.org ' });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ leadId, alreadyErased: false });
    const { rows: [lead] } = await capture.pool.query('SELECT email, first_name FROM leads WHERE id = $1', [leadId]);
    expect(lead).toEqual({ email: `erased+${leadId}@erased.invalid`, first_name: null });

    const unknown = await admin('POST', '/v1/erasures', { email: 'nobody.here@example-radio.org' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).not.toContain('nobody.here');
    expect((await admin('POST', '/v1/erasures', { email: 'x@y.z', extra: 1 })).status).toBe(400);
    expect((await admin('POST', '/v1/erasures', { email: 'x@y.z' }, 'not-the-admin-key')).status).toBe(401);
    expect((await admin('DELETE', `/v1/leads/${uuidv7()}`)).status).toBe(404);
    expect((await admin('GET', `/v1/erasures/${uuidv7()}`)).status).toBe(404);
    expect((await admin('GET', '/v1/erasures/not-an-id')).status).toBe(400);
  });

  it('erases leads without a touchpoint or change for PERSONAL_DATA_RETENTION_DAYS, and only those', async () => {
    const stale = await captureLead('hedy.stale@example-radio.org');
    const recent = await captureLead('hedy.recent@example-radio.org');
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await capture.pool.query('UPDATE leads SET updated_at = $2 WHERE id = $1', [stale, longAgo]);
    await capture.pool.query('UPDATE touchpoints SET occurred_at = $2, recorded_at = $2 WHERE lead_id = $1', [stale, longAgo]);
    await capture.pool.query("UPDATE leads SET updated_at = $2 WHERE id = $1", [recent, longAgo]);

    const erased = await capture.app.get(PersonalDataRetentionJob).runBatch();
    expect(erased).toBe(1);
    const { rows } = await capture.pool.query<{ id: string; erased_at: Date | null }>('SELECT id::text, erased_at FROM leads WHERE id = ANY($1::uuid[])', [[stale, recent]]);
    expect(Object.fromEntries(rows.map((row) => [row.id, row.erased_at !== null]))).toEqual({ [stale]: true, [recent]: false });
    const { rows: [request] } = await capture.pool.query('SELECT reason FROM erasure_requests WHERE lead_id = $1', [stale]);
    expect(request).toEqual({ reason: 'retention' });
    expect(await capture.app.get(PersonalDataRetentionJob).runBatch()).toBe(0);
  });
});
