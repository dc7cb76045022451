import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { eventually } from '@accord/testing';
import { CaptureUnderTest } from '../../test-support/capture-under-test';

const googleKey = 'google-form-key-123';
const appSecret = 'facebook-app-secret';
const verifyToken = 'facebook-verify-token';
const linkedInSecret = 'linkedin-client-secret';
const linkedInToken = 'AQX-linkedin-access-token';

/** An ad platform's API as far as lead retrieval goes: known documents by path, some failing a few times first. */
class PlatformApiStub {
  readonly requests: string[] = [];
  private server?: Server;
  private readonly failuresLeft = new Map<string, number>();

  constructor(
    private readonly basePath: string,
    private readonly documents: Record<string, object>,
    private readonly authorised: (request: IncomingMessage, url: URL) => boolean,
  ) {}

  failFirst(path: string, times: number) {
    this.failuresLeft.set(path, times);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://stub');
      const path = decodeURIComponent(url.pathname.slice(this.basePath.length + 1));
      this.requests.push(path);
      const failures = this.failuresLeft.get(path) ?? 0;
      if (!this.authorised(request, url)) return response.writeHead(401).end('{}');
      if (failures > 0) {
        this.failuresLeft.set(path, failures - 1);
        return response.writeHead(503).end('{"error":{"message":"try later"}}');
      }
      const document = this.documents[path];
      if (!document) return response.writeHead(404).end('{"error":{"message":"unknown"}}');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}${this.basePath}`;
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

const katherineResponse = '5f1c3a52-c0a3-42e3-8af1-2fc83b697003-1';
const dorothyResponse = '5f1c3a52-c0a3-42e3-8af1-2fc83b697003-2';
const unknownResponse = '5f1c3a52-c0a3-42e3-8af1-2fc83b697003-9';

/** A form response as the Lead Sync API gives it: answers by question id, without the questions. */
const linkedInFormResponse = (id: string, answers: [number, string][]) => ({
  id,
  submittedAt: Date.parse('2026-11-02T09:59:58Z'),
  testLead: false,
  leadType: 'SPONSORED',
  versionedLeadGenFormUrn: 'urn:li:versionedLeadGenForm:(urn:li:leadGenForm:7700,3)',
  leadMetadata: { sponsoredLeadMetadata: { campaign: 'urn:li:sponsoredCampaign:8800' } },
  formResponse: { answers: answers.map(([questionId, answer]) => ({ questionId, answerDetails: { textQuestionAnswer: { answer } } })), consentResponses: [] },
});

const sign = (body: string, secret = appSecret) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('ad platform webhooks', () => {
  let capture: CaptureUnderTest;
  const graph = new PlatformApiStub(
    '/v21.0',
    {
      '1001': { id: '1001', created_time: '2026-11-03T09:59:58+0000', form_id: '555', field_data: [{ name: 'email', values: ['grace.fb@example-navy.mil'] }, { name: 'full_name', values: ['Grace Hopper'] }] },
      '1002': { id: '1002', form_id: '555', field_data: [{ name: 'email', values: ['linus.fb@example.fi'] }, { name: 'phone_number', values: ['+358 40 1234567'] }] },
      '1003': { id: '1003', form_id: '555', field_data: [{ name: 'full_name', values: ['No Address'] }] },
    },
    (_request, url) => url.searchParams.get('access_token') === 'page-token',
  );
  const linkedIn = new PlatformApiStub(
    '/rest',
    {
      [`leadFormResponses/${katherineResponse}`]: linkedInFormResponse(katherineResponse, [
        [1, 'Katherine'],
        [2, 'Johnson'],
        [3, 'katherine.li@example-nasa.gov'],
        [4, '+1 757 555 0100'],
        [5, 'NASA Langley'],
        [6, 'Research Mathematician'],
        [7, 'US'],
      ]),
      [`leadFormResponses/${dorothyResponse}`]: linkedInFormResponse(dorothyResponse, [[3, 'dorothy.li@example-nasa.gov']]),
      'leadForms/7700': {
        content: {
          questions: ['FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE_NUMBER', 'COMPANY_NAME', 'JOB_TITLE', 'COUNTRY'].map((predefinedField, index) => ({ questionId: index + 1, predefinedField })),
        },
      },
    },
    (request) =>
      request.headers.authorization === `Bearer ${linkedInToken}` && /^\d{6}$/.test(String(request.headers['linkedin-version'])) && request.headers['x-restli-protocol-version'] === '2.0.0',
  );

  beforeAll(async () => {
    const [graphUrl, linkedInUrl] = await Promise.all([graph.start(), linkedIn.start()]);
    capture = await CaptureUnderTest.start({
      GOOGLE_ADS_WEBHOOK_KEY: googleKey,
      FACEBOOK_APP_SECRET: appSecret,
      FACEBOOK_VERIFY_TOKEN: verifyToken,
      FACEBOOK_PAGE_ACCESS_TOKEN: 'page-token',
      FACEBOOK_GRAPH_URL: graphUrl,
      FACEBOOK_FETCH_BACKOFF_MS: '20',
      LINKEDIN_CLIENT_SECRET: linkedInSecret,
      LINKEDIN_ACCESS_TOKEN: linkedInToken,
      LINKEDIN_API_BASE_URL: linkedInUrl.replace(/\/rest$/, ''),
      LINKEDIN_FETCH_BACKOFF_MS: '20',
    });
  });

  afterAll(async () => {
    await capture?.stop();
    await Promise.all([graph.stop(), linkedIn.stop()]);
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
      expect(await capture.count('SELECT count(*) FROM ad_lead_fetches')).toBe(0);
      expect(graph.requests).toEqual([]);
    });

    it('answers a signed notification at once, then fetches each lead from the Graph API, retrying, and captures it once', async () => {
      graph.failFirst('1001', 2);
      const body = facebookNotification('1001', '1002', '1003');
      const response = await capture.post('/v1/webhooks/facebook', body, { 'x-hub-signature-256': sign(body) });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: 3, new: 3 });

      await eventually(async () => {
        expect(await capture.count('SELECT count(*) FROM ad_lead_fetches WHERE platform = \'facebook\' AND done_at IS NOT NULL')).toBe(3);
      }, { timeoutMs: 20_000 });
      const { rows } = await capture.pool.query<{ external_id: string; lead_id: string; occurred_at: Date }>(
        "SELECT external_id, lead_id, occurred_at FROM touchpoints WHERE channel = 'facebook_lead_ads' ORDER BY external_id",
      );
      expect(rows.map((row) => row.external_id)).toEqual(['1001', '1002']);
      expect(rows[0].occurred_at.toISOString()).toBe('2026-11-03T09:59:58.000Z');
      expect(graph.requests.filter((id) => id === '1001')).toHaveLength(3);
      const { rows: [rejected] } = await capture.pool.query("SELECT last_error FROM ad_lead_fetches WHERE platform = 'facebook' AND external_id = '1003'");
      expect(rejected.last_error).toMatch(/^rejected: .*email/);
      for (const row of rows) expect(await eventsOf(row.lead_id)).toEqual(['capture.lead.captured.v1']);

      const repeat = await capture.post('/v1/webhooks/facebook', body, { 'x-hub-signature-256': sign(body) });
      expect(await repeat.json()).toEqual({ received: 3, new: 0 });
      expect(await capture.count("SELECT count(*) FROM touchpoints WHERE channel = 'facebook_lead_ads'")).toBe(2);
    });
  });

  describe('LinkedIn Lead Gen', () => {
    const notification = (formResponseId: string) =>
      JSON.stringify({ type: 'LEAD_ACTION', leadAction: 'CREATED', leadType: 'SPONSORED', leadGenFormResponse: `urn:li:leadGenFormResponse:${formResponseId}`, leadGenForm: 'urn:li:leadGenForm:7700', occurredAt: 1793613600000 });
    const liSignature = (body: string, secret = linkedInSecret) => createHmac('sha256', secret).update(body).digest('hex');
    const notify = (body: string) => capture.post('/v1/webhooks/linkedin', body, { 'x-li-signature': liSignature(body) });
    const fetchOf = async (formResponseId: string) =>
      (await capture.pool.query<{ done_at: Date | null; last_error: string | null }>("SELECT done_at, last_error FROM ad_lead_fetches WHERE platform = 'linkedin' AND external_id = $1", [formResponseId])).rows[0];
    const linkedInTouchpoints = async (formResponseId: string) =>
      (await capture.pool.query("SELECT * FROM touchpoints WHERE channel = 'linkedin_lead_gen' AND external_id = $1", [formResponseId])).rows;

    it('answers the challenge with the hex HMAC of the code under the client secret', async () => {
      const response = await fetch(`${capture.url}/v1/webhooks/linkedin?challengeCode=f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454`);
      expect(await response.json()).toEqual({
        challengeCode: 'f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454',
        challengeResponse: liSignature('f8c3de3d-1fea-4d7c-a8b0-29f63c4c3454'),
      });
    });

    it('refuses unsigned and tampered notifications and records nothing', async () => {
      const body = notification(katherineResponse);
      const unsigned = await capture.post('/v1/webhooks/linkedin', body);
      const tampered = await capture.post('/v1/webhooks/linkedin', notification(dorothyResponse), { 'x-li-signature': liSignature(body) });
      const otherSecret = await capture.post('/v1/webhooks/linkedin', body, { 'x-li-signature': liSignature(body, 'not-the-secret') });
      expect([unsigned.status, tampered.status, otherSecret.status]).toEqual([401, 403, 403]);
      expect(await capture.count("SELECT count(*) FROM ad_lead_fetches WHERE platform = 'linkedin'")).toBe(0);
      expect(linkedIn.requests).toEqual([]);
    });

    it('answers a signed notification once it is stored, then fetches the form response and its form, and captures the lead once', async () => {
      const response = await notify(notification(katherineResponse));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: 1, new: 1 });

      await eventually(async () => expect((await fetchOf(katherineResponse))?.done_at).toBeInstanceOf(Date), { timeoutMs: 20_000 });
      expect((await fetchOf(katherineResponse)).last_error).toBeNull();
      const [touchpoint] = await linkedInTouchpoints(katherineResponse);
      expect(touchpoint).toMatchObject({ source: 'linkedin', form: '7700', campaign: '8800', medium: 'paid' });
      expect(touchpoint.occurred_at.toISOString()).toBe('2026-11-02T09:59:58.000Z');
      const { rows: [lead] } = await capture.pool.query('SELECT email, first_name, last_name, phone_e164, company, job_title, country, is_test FROM leads WHERE id = $1', [touchpoint.lead_id]);
      expect(lead).toEqual({
        email: 'katherine.li@example-nasa.gov',
        first_name: 'Katherine',
        last_name: 'Johnson',
        phone_e164: '+17575550100',
        company: 'NASA Langley',
        job_title: 'Research Mathematician',
        country: 'US',
        is_test: false,
      });
      expect(await eventsOf(touchpoint.lead_id)).toEqual(['capture.lead.captured.v1']);
      expect(linkedIn.requests).toEqual([`leadFormResponses/${katherineResponse}`, 'leadForms/7700']);

      const repeat = await notify(notification(katherineResponse));
      expect([repeat.status, await repeat.json()]).toEqual([200, { received: 1, new: 0 }]);
      expect(await linkedInTouchpoints(katherineResponse)).toHaveLength(1);
      expect(linkedIn.requests.filter((path) => path.startsWith('leadFormResponses/'))).toHaveLength(1);
    });

    it('tries a response the API cannot give for now again, and marks one it does not know done with the reason, capturing nothing', async () => {
      linkedIn.failFirst(`leadFormResponses/${dorothyResponse}`, 2);
      expect((await notify(notification(dorothyResponse))).status).toBe(200);
      expect((await notify(notification(unknownResponse))).status).toBe(200);

      await eventually(async () => {
        expect((await fetchOf(dorothyResponse))?.done_at).toBeInstanceOf(Date);
        expect((await fetchOf(unknownResponse))?.done_at).toBeInstanceOf(Date);
      }, { timeoutMs: 20_000 });
      expect(linkedIn.requests.filter((path) => path === `leadFormResponses/${dorothyResponse}`)).toHaveLength(3);
      const [dorothy] = await linkedInTouchpoints(dorothyResponse);
      expect(await eventsOf(dorothy.lead_id)).toEqual(['capture.lead.captured.v1']);
      expect(linkedIn.requests.filter((path) => path.startsWith('leadForms/'))).toHaveLength(1);

      expect((await fetchOf(unknownResponse)).last_error).toBe('rejected: LinkedIn API answered 404');
      expect(await linkedInTouchpoints(unknownResponse)).toEqual([]);
    });
  });
});
