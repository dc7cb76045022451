import { createHmac } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { eventually } from '@accord/testing';
import { CaptureUnderTest } from '../../test-support/capture-under-test';

const googleKey = 'google-form-key-123';
const appSecret = 'facebook-app-secret';
const verifyToken = 'facebook-verify-token';
const linkedInSecret = 'linkedin-client-secret';

/** The Graph API as far as lead retrieval goes: known leads, some failing a few times first. */
class GraphStub {
  readonly requests: string[] = [];
  private server?: Server;
  private readonly failuresLeft = new Map<string, number>();

  constructor(private readonly leads: Record<string, object>) {}

  failFirst(leadgenId: string, times: number) {
    this.failuresLeft.set(leadgenId, times);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://stub');
      const leadgenId = url.pathname.split('/').pop() ?? '';
      this.requests.push(leadgenId);
      const failures = this.failuresLeft.get(leadgenId) ?? 0;
      if (url.searchParams.get('access_token') !== 'page-token') return response.writeHead(400).end('{}');
      if (failures > 0) {
        this.failuresLeft.set(leadgenId, failures - 1);
        return response.writeHead(503).end('{"error":{"message":"try later"}}');
      }
      const lead = this.leads[leadgenId];
      if (!lead) return response.writeHead(404).end('{"error":{"message":"unknown"}}');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: leadgenId, ...lead }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/v21.0`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const googleLead = (leadId: string, email: string | null, key = googleKey) => ({
  lead_id: leadId,
  api_version: '1.0',
  form_id: 40000000000,
  campaign_id: 20000000000,
  google_key: key,
  is_test: true,
  gcl_id: 'TeSter-123-gclid',
  user_column_data: [
    { column_name: 'Full Name', string_value: 'Ada van Janssen', column_id: 'FULL_NAME' },
    ...(email ? [{ column_name: 'User Email', string_value: email, column_id: 'EMAIL' }] : []),
    { column_name: 'User Phone', string_value: '+31 6 33333333', column_id: 'PHONE_NUMBER' },
    { column_name: 'Postal Code', string_value: '1011 AB', column_id: 'POSTAL_CODE' },
  ],
});

const facebookNotification = (...leadgenIds: string[]) =>
  JSON.stringify({
    object: 'page',
    entry: [{ id: '153125381133', time: 1700000000, changes: leadgenIds.map((id) => ({ field: 'leadgen', value: { leadgen_id: id, page_id: '153125381133', form_id: '555' } })) }],
  });

const sign = (body: string, secret = appSecret) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('ad platform webhooks', () => {
  let capture: CaptureUnderTest;
  const graph = new GraphStub({
    '1001': { created_time: '2026-11-03T09:59:58+0000', form_id: '555', field_data: [{ name: 'email', values: ['grace.fb@example-navy.mil'] }, { name: 'full_name', values: ['Grace Hopper'] }] },
    '1002': { form_id: '555', field_data: [{ name: 'email', values: ['linus.fb@example.fi'] }, { name: 'phone_number', values: ['+358 40 1234567'] }] },
    '1003': { form_id: '555', field_data: [{ name: 'full_name', values: ['No Address'] }] },
  });

  beforeAll(async () => {
    const graphUrl = await graph.start();
    capture = await CaptureUnderTest.start({
      GOOGLE_ADS_WEBHOOK_KEY: googleKey,
      FACEBOOK_APP_SECRET: appSecret,
      FACEBOOK_VERIFY_TOKEN: verifyToken,
      FACEBOOK_PAGE_ACCESS_TOKEN: 'page-token',
      FACEBOOK_GRAPH_URL: graphUrl,
      FACEBOOK_FETCH_BACKOFF_MS: '20',
      LINKEDIN_CLIENT_SECRET: linkedInSecret,
    });
  });

  afterAll(async () => {
    await capture?.stop();
    await graph.stop();
  });

  const eventsOf = async (leadId: string) =>
    (await capture.pool.query<{ topic: string }>('SELECT topic FROM outbox WHERE key = $1', [leadId])).rows.map((row) => row.topic.slice(capture.topicPrefix.length));

  describe('Google Ads lead forms', () => {
    it('captures a lead with a valid google_key once, however often Google delivers it', async () => {
      const first = await capture.post('/v1/webhooks/google-ads', googleLead('g-lead-1', 'ada.google@example-robotics.nl'));
      expect(first.status).toBe(200);
      const { leadId, outcome } = (await first.json()) as { leadId: string; outcome: string };
      expect(outcome).toBe('created');
      const again = await capture.post('/v1/webhooks/google-ads', googleLead('g-lead-1', 'ada.google@example-robotics.nl'));
      expect(await again.json()).toEqual({ leadId, outcome: 'duplicate' });

      const { rows: [touchpoint] } = await capture.pool.query('SELECT * FROM touchpoints WHERE lead_id = $1', [leadId]);
      expect(touchpoint).toMatchObject({ channel: 'google_ads', source: 'google', external_id: 'g-lead-1', gclid: 'TeSter-123-gclid', form: '40000000000', campaign: '20000000000' });
      expect(await capture.count('SELECT count(*) FROM touchpoints WHERE lead_id = $1', [leadId])).toBe(1);
      const { rows: [lead] } = await capture.pool.query('SELECT first_name, last_name, phone_e164, is_test FROM leads WHERE id = $1', [leadId]);
      expect(lead).toEqual({ first_name: 'Ada', last_name: 'van Janssen', phone_e164: '+31633333333', is_test: true });
      expect(await eventsOf(leadId)).toEqual(['capture.lead.captured.v1']);
    });

    it('refuses a wrong google_key with 403 and a lead without e-mail with 422, persisting nothing', async () => {
      const before = await capture.persistedRows();
      const forged = await capture.post('/v1/webhooks/google-ads', googleLead('g-lead-2', 'eve@example.org', 'guessed-key-123'));
      const noEmail = await capture.post('/v1/webhooks/google-ads', googleLead('g-lead-3', null));
      const malformed = await capture.post('/v1/webhooks/google-ads', { lead_id: 'x' });
      expect([forged.status, noEmail.status, malformed.status]).toEqual([403, 422, 400]);
      expect(await capture.persistedRows()).toBe(before);
    });
  });

  describe('Facebook Lead Ads', () => {
    it('answers the subscription handshake only for our verify token', async () => {
      const ok = await fetch(`${capture.url}/v1/webhooks/facebook?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=1158201444`);
      expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
      const wrong = await fetch(`${capture.url}/v1/webhooks/facebook?hub.mode=subscribe&hub.verify_token=nope-nope-nope&hub.challenge=1158201444`);
      expect(wrong.status).toBe(403);
    });

    it('refuses unsigned and tampered notifications and records nothing', async () => {
      const body = facebookNotification('1001');
      const unsigned = await capture.post('/v1/webhooks/facebook', body);
      const tampered = await capture.post('/v1/webhooks/facebook', facebookNotification('1002'), { 'x-hub-signature-256': sign(body) });
      const wrongSecret = await capture.post('/v1/webhooks/facebook', body, { 'x-hub-signature-256': sign(body, 'another-secret') });
      expect([unsigned.status, tampered.status, wrongSecret.status]).toEqual([401, 403, 403]);
      expect(await capture.count('SELECT count(*) FROM facebook_lead_fetches')).toBe(0);
      expect(graph.requests).toEqual([]);
    });

    it('answers a signed notification at once, then fetches each lead from the Graph API, retrying, and captures it once', async () => {
      graph.failFirst('1001', 2);
      const body = facebookNotification('1001', '1002', '1003');
      const response = await capture.post('/v1/webhooks/facebook', body, { 'x-hub-signature-256': sign(body) });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: 3, new: 3 });

      await eventually(async () => {
        expect(await capture.count('SELECT count(*) FROM facebook_lead_fetches WHERE done_at IS NOT NULL')).toBe(3);
      }, { timeoutMs: 20_000 });
      const { rows } = await capture.pool.query<{ external_id: string; lead_id: string; occurred_at: Date }>(
        "SELECT external_id, lead_id, occurred_at FROM touchpoints WHERE channel = 'facebook_lead_ads' ORDER BY external_id",
      );
      expect(rows.map((row) => row.external_id)).toEqual(['1001', '1002']);
      expect(rows[0].occurred_at.toISOString()).toBe('2026-11-03T09:59:58.000Z');
      expect(graph.requests.filter((id) => id === '1001')).toHaveLength(3);
      const { rows: [rejected] } = await capture.pool.query("SELECT last_error FROM facebook_lead_fetches WHERE leadgen_id = '1003'");
      expect(rejected.last_error).toMatch(/^rejected: .*email/);
      for (const row of rows) expect(await eventsOf(row.lead_id)).toEqual(['capture.lead.captured.v1']);

      const repeat = await capture.post('/v1/webhooks/facebook', body, { 'x-hub-signature-256': sign(body) });
      expect(await repeat.json()).toEqual({ received: 3, new: 0 });
      expect(await capture.count("SELECT count(*) FROM touchpoints WHERE channel = 'facebook_lead_ads'")).toBe(2);
    });
  });

  describe('LinkedIn Lead Gen', () => {
    const notification = JSON.stringify({ type: 'LEAD_ACTION', leadAction: 'CREATED', leadGenFormResponse: 'urn:li:leadGenFormResponse:(urn:li:sponsoredAccount:1,123)', occurredAt: 1700000000000 });
    const liSignature = (body: string, secret = linkedInSecret) => createHmac('sha256', secret).update(body).digest('hex');

    it('answers the challenge with the hex HMAC of the code under the client secret', async () => {
      const response = await fetch(`${capture.url}/v1/webhooks/linkedin?challengeCode=f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454`);
      expect(await response.json()).toEqual({
        challengeCode: 'f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454',
        challengeResponse: liSignature('f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454'),
      });
    });

    it('accepts a signed notification and refuses unsigned and tampered ones', async () => {
      const signed = await capture.post('/v1/webhooks/linkedin', notification, { 'x-li-signature': liSignature(notification) });
      const unsigned = await capture.post('/v1/webhooks/linkedin', notification);
      const tampered = await capture.post('/v1/webhooks/linkedin', notification.replace('123', '124'), { 'x-li-signature': liSignature(notification) });
      const otherSecret = await capture.post('/v1/webhooks/linkedin', notification, { 'x-li-signature': liSignature(notification, 'not-the-secret') });
      expect([signed.status, unsigned.status, tampered.status, otherSecret.status]).toEqual([200, 401, 403, 403]);
    });
  });
});
