import { openPayload } from './domain/payload-cipher';
import { eventually } from '@accord/testing';
import { CaptureUnderTest } from '../../test-support/capture-under-test';

interface OutboxRow {
  topic: string;
  payload: { payload: { consent: { marketing: boolean }; touchpoint: object; matchedBy?: string } };
}

describe('the lead API over real PostgreSQL and Kafka', () => {
  let capture: CaptureUnderTest;
  let auth: Record<string, string>;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start();
    const { key } = await capture.createKey('website form', { source: 'website', defaultPhoneRegion: 'NL' });
    auth = { authorization: `Bearer ${key}` };
  });

  afterAll(async () => {
    await capture?.stop();
  });

  const outboxFor = (leadId: string) =>
    capture.pool.query<OutboxRow>(
      'SELECT topic, payload FROM outbox WHERE key = $1 ORDER BY id',
      [leadId],
    );

  it('captures a new person with touchpoint details, consent records and an encrypted raw payload, and publishes it once', async () => {
    const body = {
      email: ' Ada.Capture@Example-Robotics.NL ',
      firstName: 'Ada',
      phone: '06 11111111',
      form: 'demo-request',
      utm: { source: 'google', medium: 'cpc', campaign: 'brand-nl' },
      clickIds: { gclid: 'EAIaIQob' },
      landingPage: 'https://example.com/demo',
      referrer: 'https://www.google.com/',
      consent: { records: [{ purpose: 'marketing', granted: true, textVersion: '2026-09' }, { purpose: 'sales_contact', granted: true }] },
    };
    const response = await capture.post('/v1/leads', body, auth);
    expect(response.status).toBe(201);
    const { leadId, outcome } = (await response.json()) as { leadId: string; outcome: string };
    expect(outcome).toBe('created');
    expect(response.headers.get('location')).toBe(`/v1/leads/${leadId}`);

    const { rows: [lead] } = await capture.pool.query('SELECT email, phone_e164 FROM leads WHERE id = $1', [leadId]);
    expect(lead).toEqual({ email: 'ada.capture@example-robotics.nl', phone_e164: '+31611111111' });
    const { rows: [touchpoint] } = await capture.pool.query('SELECT * FROM touchpoints WHERE lead_id = $1', [leadId]);
    expect(touchpoint).toMatchObject({
      channel: 'api', source: 'website', form: 'demo-request', utm_source: 'google', campaign: 'brand-nl', medium: 'cpc',
      gclid: 'EAIaIQob', landing_page: 'https://example.com/demo', consent_marketing: true, matched_by: null,
    });
    expect(touchpoint.raw_payload_encrypted.toString('utf8')).not.toContain('Ada.Capture');
    expect(openPayload(capture.payloadKey, touchpoint.raw_payload_encrypted)).toEqual(body);
    expect(await capture.count('SELECT count(*) FROM consents WHERE lead_id = $1', [leadId])).toBe(2);

    const { rows: events } = await outboxFor(leadId);
    expect(events.map((event) => event.topic)).toEqual([`${capture.topicPrefix}capture.lead.captured.v1`]);
    expect(events[0].payload.payload.consent).toMatchObject({ marketing: true, records: [{ textVersion: '2026-09' }, { purpose: 'sales_contact' }] });
    expect(events[0].payload.payload.touchpoint).toMatchObject({ touchpointId: touchpoint.id, clickIds: { gclid: 'EAIaIQob' } });

    await eventually(async () => {
      const published = (await capture.publishedEvents('capture.lead.captured.v1')).filter((event) => event.key === leadId);
      expect(published).toHaveLength(1);
    });
  });

  it('resolves simultaneous first sightings of one e-mail without a phone to one lead: one created, the rest merged', async () => {
    const body = { email: 'lin.first@example.se', firstName: 'Lin', consent: { records: [{ purpose: 'marketing', granted: true, textVersion: '2026-10' }] } };
    const responses = await Promise.all(Array.from({ length: 6 }, () => capture.post('/v1/leads', body, auth)));
    const answers = (await Promise.all(responses.map((response) => response.json()))) as { leadId: string; outcome: string }[];

    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    const leadId = answers[responses.findIndex((response) => response.status === 201)].leadId;
    expect(answers.every((answer) => answer.leadId === leadId)).toBe(true);
    expect(await capture.count('SELECT count(*) FROM leads WHERE email = $1', [body.email])).toBe(1);
    const { rows: touchpoints } = await capture.pool.query('SELECT matched_by, raw_payload_encrypted FROM touchpoints WHERE lead_id = $1', [leadId]);
    expect(touchpoints.map((touchpoint) => touchpoint.matched_by).sort()).toEqual(['email', 'email', 'email', 'email', 'email', null]);
    expect(touchpoints.map((touchpoint) => openPayload(capture.payloadKey, touchpoint.raw_payload_encrypted))).toEqual(Array(6).fill(body));
    expect(await capture.count('SELECT count(*) FROM consents WHERE lead_id = $1 AND text_version = $2', [leadId, '2026-10'])).toBe(6);
    const { rows: events } = await outboxFor(leadId);
    expect(events.map((event) => event.topic.slice(capture.topicPrefix.length))).toEqual([
      'capture.lead.captured.v1',
      ...Array(5).fill('capture.touchpoint.recorded.v1'),
    ]);
  });

  it('captures many new people arriving at once, each with its own touchpoint, consent and one announcement', async () => {
    const people = Array.from({ length: 40 }, (_, index) => ({
      email: `group.${index}@example-commit.de`,
      firstName: `Person ${index}`,
      utm: { campaign: `wave-${index}` },
      consent: { records: [{ purpose: 'marketing', granted: index % 2 === 0, textVersion: '2026-11' }] },
    }));
    const responses = await Promise.all(people.map((body) => capture.post('/v1/leads', body, auth)));
    expect(responses.map((response) => response.status)).toEqual(Array(40).fill(201));
    const answers = (await Promise.all(responses.map((response) => response.json()))) as { leadId: string }[];
    expect(new Set(answers.map((answer) => answer.leadId)).size).toBe(40);

    const { rows } = await capture.pool.query<{ leadId: string; email: string; campaign: string; granted: boolean; payload: Buffer; events: number }>(
      `SELECT l.id::text AS "leadId", l.email, t.utm_campaign AS campaign, c.granted, t.raw_payload_encrypted AS payload,
              (SELECT count(*)::int FROM outbox o WHERE o.key = l.id::text AND o.payload->'payload'->'touchpoint'->>'touchpointId' = t.id::text) AS events
       FROM leads l JOIN touchpoints t ON t.lead_id = l.id JOIN consents c ON c.touchpoint_id = t.id
       WHERE l.id = ANY($1::uuid[]) ORDER BY l.email`,
      [answers.map((answer) => answer.leadId)],
    );
    const byEmail = new Map(rows.map((row) => [row.email, row]));
    expect(rows).toHaveLength(40);
    people.forEach((body, index) => {
      const row = byEmail.get(body.email);
      expect(row).toMatchObject({ campaign: `wave-${index}`, granted: index % 2 === 0, events: 1 });
      expect(openPayload(capture.payloadKey, row!.payload)).toEqual(body);
    });
    expect(rows.map((row) => row.leadId).sort()).toEqual(answers.map((answer) => answer.leadId).sort());
    people.forEach((body, index) => expect(byEmail.get(body.email)?.leadId).toBe(answers[index].leadId));
  });

  it('merges a returning person by e-mail and by phone, records how, and publishes a touchpoint event per merge', async () => {
    const first = await capture.post('/v1/leads', { email: 'rene.merge@example.fr', phone: '+31 6 22222222', consent: { marketing: false } }, auth);
    const { leadId } = (await first.json()) as { leadId: string };
    const byEmail = await capture.post('/v1/leads', { email: ' Rene.Merge@Example.FR ', jobTitle: 'CTO' }, auth);
    const byPhone = await capture.post('/v1/leads', { email: 'rene.private@example.org', phone: '06 22222222', consent: { marketing: true } }, auth);
    expect([first.status, byEmail.status, byPhone.status]).toEqual([201, 200, 200]);
    expect(await byEmail.json()).toEqual({ leadId, outcome: 'merged' });
    expect(await byPhone.json()).toEqual({ leadId, outcome: 'merged' });

    const { rows } = await capture.pool.query('SELECT matched_by FROM touchpoints WHERE lead_id = $1 ORDER BY recorded_at, id', [leadId]);
    expect(rows.map((row) => row.matched_by)).toEqual([null, 'email', 'phone']);
    const { rows: [lead] } = await capture.pool.query('SELECT email, job_title FROM leads WHERE id = $1', [leadId]);
    expect(lead).toEqual({ email: 'rene.merge@example.fr', job_title: 'CTO' });
    const { rows: events } = await outboxFor(leadId);
    expect(events.map((event) => event.topic.slice(capture.topicPrefix.length))).toEqual([
      'capture.lead.captured.v1',
      'capture.touchpoint.recorded.v1',
      'capture.touchpoint.recorded.v1',
    ]);
    expect(events.slice(1).map((event) => event.payload.payload.matchedBy)).toEqual(['email', 'phone']);
    expect(events[2].payload.payload.consent.marketing).toBe(true);
  });

  it('answers a repeated Idempotency-Key with the first answer and changes nothing; another body is a conflict', async () => {
    const body = { email: 'idem.potent@example.nl', firstName: 'Ida' };
    const headers = { ...auth, 'idempotency-key': 'order-4711' };
    const answers = await Promise.all([1, 2, 3, 4].map(() => capture.post('/v1/leads', body, headers)));
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(new Set(bodies.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(3);
    const { leadId } = bodies[0] as { leadId: string };
    expect(await capture.count('SELECT count(*) FROM touchpoints WHERE lead_id = $1', [leadId])).toBe(1);
    expect(await capture.count('SELECT count(*) FROM outbox WHERE key = $1', [leadId])).toBe(1);

    const reordered = await capture.post('/v1/leads', { firstName: 'Ida', email: 'idem.potent@example.nl' }, headers);
    expect(reordered.status).toBe(201);
    const conflict = await capture.post('/v1/leads', { ...body, firstName: 'Other' }, headers);
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('content-type')).toContain('application/problem+json');
    expect(await capture.count('SELECT count(*) FROM touchpoints WHERE lead_id = $1', [leadId])).toBe(1);
  });

  it('refuses what cannot be a lead with 422 and field pointers, persisting nothing', async () => {
    const before = await capture.persistedRows();
    const response = await capture.post('/v1/leads', { email: 'no.phone@example.nl', phone: '12' }, auth);
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((error) => error.pointer)).toEqual(['/phone']);
    const invalid = await capture.post('/v1/leads', { email: 'not-an-address', utm: 'x' }, auth);
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { errors: { pointer: string }[] }).errors.map((error) => error.pointer).sort()).toEqual(['/email', '/utm']);
    expect(await capture.persistedRows()).toBe(before);
  });

  it('captures the valid leads of a batch in one go and reports every row', async () => {
    const response = await capture.post(
      '/v1/leads/batch',
      { leads: [{ email: 'batch.one@example.nl' }, { email: 'broken' }, { email: 'batch.two@example.nl', phone: 'x1' }, { email: 'Batch.One@example.nl' }] },
      auth,
    );
    expect(response.status).toBe(200);
    const report = (await response.json()) as { accepted: number; rejected: number; results: { index: number; status: string; leadId?: string; errors?: { pointer: string }[] }[] };
    expect([report.accepted, report.rejected]).toEqual([2, 2]);
    expect(report.results.map((result) => result.status)).toEqual(['created', 'rejected', 'rejected', 'merged']);
    expect(report.results[1].errors?.[0].pointer).toBe('/leads/1/email');
    expect(report.results[2].errors?.[0].pointer).toBe('/leads/2/phone');
    expect(report.results[3].leadId).toBe(report.results[0].leadId);

    const before = await capture.persistedRows();
    const allBad = await capture.post('/v1/leads/batch', { leads: [{ email: 'x' }, 42] }, auth);
    expect(allBad.status).toBe(422);
    const tooMany = await capture.post('/v1/leads/batch', { leads: Array.from({ length: 501 }, (_, index) => ({ email: `many.${index}@example.nl` })) }, auth);
    expect(tooMany.status).toBe(413);
    expect(await capture.persistedRows()).toBe(before);
  });

  it('answers transport problems as problem+json: 400 unreadable JSON, 413 too large, 415 wrong media type', async () => {
    const before = await capture.persistedRows();
    const unreadable = await capture.post('/v1/leads', '{"email": ', auth);
    const tooLarge = await capture.post('/v1/leads', { email: 'big@example.nl', company: 'x'.repeat(1_100_000) }, auth);
    const text = await fetch(`${capture.url}/v1/leads`, { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: 'email=a@b.nl' });
    expect([unreadable.status, tooLarge.status, text.status]).toEqual([400, 413, 415]);
    for (const response of [unreadable, tooLarge, text]) {
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const titles = await Promise.all([unreadable, tooLarge, text].map(async (response) => ((await response.json()) as { title: string }).title));
    expect(titles).toEqual(['Bad Request', 'Payload Too Large', 'Unsupported Media Type']);
    expect(await capture.persistedRows()).toBe(before);
  });
});

describe('API keys', () => {
  let capture: CaptureUnderTest;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start();
  });

  afterAll(async () => {
    await capture?.stop();
  });

  it('lets only the admin key create, list and revoke keys, and never shows a secret twice', async () => {
    expect((await capture.admin('GET', '', undefined, 'wrong-admin-key-0123456789')).status).toBe(401);
    const created = await capture.createKey('partner feed', { source: 'partner-x', scopes: ['leads:write', 'leads:read'] });
    expect(created.key).toMatch(/^acc_/);
    const listing = await capture.admin('GET', '');
    const text = await listing.text();
    expect(text).toContain('partner feed');
    expect(text).not.toContain(created.key.slice(-43));
    const { rows: [stored] } = await capture.pool.query('SELECT salt, secret_hash FROM api_keys WHERE id = $1', [created.id]);
    expect(stored.secret_hash.toString('base64url')).not.toBe(created.key.slice(-43));

    const invalid = await capture.admin('POST', '', { name: '', source: 'Not Valid', scopes: ['everything'] });
    expect(invalid.status).toBe(400);
    expect((await capture.admin('DELETE', '/01a21951-b8a5-735f-864f-858935f4074f')).status).toBe(404);
  });

  it('answers 401 without or with a wrong key, 403 without the scope, and 401 once revoked', async () => {
    const writer = await capture.createKey('writer', { source: 'partner-y' });
    const reader = await capture.createKey('reader', { source: 'partner-y', scopes: ['leads:read'] });
    const lead = { email: 'keyed@example.nl' };
    const noKey = await capture.post('/v1/leads', lead);
    expect(noKey.status).toBe(401);
    expect(noKey.headers.get('www-authenticate')).toContain('Bearer');
    const tampered = `${writer.key.slice(0, -2)}${writer.key.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await capture.post('/v1/leads', lead, { authorization: `Bearer ${tampered}` })).status).toBe(401);
    expect((await capture.post('/v1/leads', lead, { 'x-api-key': reader.key })).status).toBe(403);
    expect(await capture.persistedRows()).toBe(0);

    const accepted = await capture.post('/v1/leads', lead, { 'x-api-key': writer.key });
    expect(accepted.status).toBe(201);
    const { leadId } = (await accepted.json()) as { leadId: string };
    const read = await fetch(`${capture.url}/v1/leads/${leadId}`, { headers: { 'x-api-key': reader.key } });
    expect(read.status).toBe(200);
    expect(JSON.stringify(await read.json())).not.toContain('raw_payload');

    expect((await capture.admin('DELETE', `/${writer.id}`)).status).toBe(204);
    expect((await capture.post('/v1/leads', { email: 'after.revoke@example.nl' }, { 'x-api-key': writer.key })).status).toBe(401);
  });
});
