import { uuidv7 } from 'uuidv7';
import { issueToken } from '@accord/platform';
import { testAdminApiKey, testJwtSecret } from '@accord/testing';
import { adminKey, CaptureUnderTest } from '../../test-support/capture-under-test';

interface ErasedEventRow {
  event_id: string;
  payload: { type: string; payload: { leadId: string; erasedAt: string } };
}

describe('lead administration over real PostgreSQL', () => {
  let capture: CaptureUnderTest;
  let auth: Record<string, string>;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start();
    const { key } = await capture.createKey('erasure', { source: 'website', defaultPhoneRegion: 'NL' });
    auth = { authorization: `Bearer ${key}` };
  });

  afterAll(async () => {
    await capture?.stop();
  });

  const captureLead = async (email: string) => {
    const response = await capture.post(
      '/v1/leads',
      { email, firstName: 'Grace', lastName: 'Hopper', phone: '06 22223333', jobTitle: 'CTO', company: 'Navy', clickIds: { gclid: 'G-1' }, referrer: 'https://ref.example/' },
      auth,
    );
    return ((await response.json()) as { leadId: string }).leadId;
  };

  const admin = (method: 'GET' | 'POST', path: string, key = adminKey) =>
    fetch(`${capture.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      body: method === 'POST' ? '{}' : undefined,
    });

  const erasedEvents = (leadId: string) =>
    capture.pool.query<ErasedEventRow>("SELECT event_id::text, payload FROM outbox WHERE key = $1 AND topic LIKE '%capture.lead.erased.v1' ORDER BY id", [leadId]);

  it('shows a lead to the admin without personal data', async () => {
    const leadId = await captureLead('grace.status@example-navy.org');
    const response = await admin('GET', `/v1/admin/leads/${leadId}`);
    expect(response.status).toBe(200);
    const status = (await response.json()) as Record<string, unknown>;
    expect(status).toMatchObject({ leadId, erasedAt: null, touchpoints: 1, lastTouchpoint: { channel: 'api', source: 'website' } });
    // The lead id is random hex, which may hold the phone's digits by chance.
    expect(JSON.stringify({ ...status, leadId: undefined })).not.toMatch(/grace|hopper|navy|22223333/i);
  });

  it('erases the person, keeps the lead id and campaign data, and publishes capture.lead.erased.v1 in the same transaction', async () => {
    const email = 'grace.erase@example-navy.org';
    const leadId = await captureLead(email);

    const response = await admin('POST', `/v1/admin/leads/${leadId}/erasure`);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { leadId: string; eventId: string; alreadyErased: boolean; erasedAt: string };
    expect(answer).toMatchObject({ leadId, alreadyErased: false });

    const { rows: [lead] } = await capture.pool.query(
      'SELECT email, first_name, last_name, phone, phone_e164, job_title, company, erased_at FROM leads WHERE id = $1',
      [leadId],
    );
    expect(lead).toMatchObject({ first_name: null, last_name: null, phone: null, phone_e164: null, job_title: null, company: null });
    expect(lead.email).not.toContain('grace');
    expect(lead.erased_at.toISOString()).toBe(answer.erasedAt);
    const { rows: [touchpoint] } = await capture.pool.query('SELECT source, gclid, referrer, raw_payload_encrypted FROM touchpoints WHERE lead_id = $1', [leadId]);
    expect(touchpoint).toEqual({ source: 'website', gclid: null, referrer: null, raw_payload_encrypted: null });

    const { rows: events } = await erasedEvents(leadId);
    expect(events.map((event) => event.event_id)).toEqual([answer.eventId]);
    expect(events[0].payload).toMatchObject({ type: 'capture.lead.erased.v1', payload: { leadId, erasedAt: answer.erasedAt } });

    const again = (await (await admin('POST', `/v1/admin/leads/${leadId}/erasure`)).json()) as { alreadyErased: boolean; erasedAt: string };
    expect(again.alreadyErased).toBe(true);
    expect((await erasedEvents(leadId)).rows).toHaveLength(2);

    const returning = await captureLead(email);
    expect(returning).not.toBe(leadId);
  });

  it('answers 404 for an unknown lead and 401 without the admin key', async () => {
    expect((await admin('POST', `/v1/admin/leads/${uuidv7()}/erasure`)).status).toBe(404);
    expect((await admin('GET', `/v1/admin/leads/${uuidv7()}`)).status).toBe(404);
    expect((await admin('GET', '/v1/admin/leads/not-an-id')).status).toBe(400);
    expect((await admin('POST', `/v1/admin/leads/${uuidv7()}/erasure`, 'wrong-key')).status).toBe(401);
  });

  it('admits an administrator by the platform credentials too, and refuses a person without the admin role', async () => {
    const administrator = await issueToken(testJwtSecret, { sub: 'ops-ada', roles: ['admin'] });
    const rep = await issueToken(testJwtSecret, { sub: 'rep-bob', roles: ['rep'] });
    expect((await admin('GET', `/v1/admin/leads/${uuidv7()}`, testAdminApiKey)).status).toBe(404);
    expect((await admin('GET', `/v1/admin/leads/${uuidv7()}`, administrator)).status).toBe(404);
    expect((await admin('GET', `/v1/admin/leads/${uuidv7()}`, rep)).status).toBe(403);
  });
});
