import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { apiKeyRequestSchema } from '../api-keys/api-key-request.schema';
import { adminKey, CaptureUnderTest } from '../../test-support/capture-under-test';
import { formFieldsAsRequest, isHoneypotFilled, webFormSchema } from '../forms/domain/web-form';
import { facebookNotificationSchema } from '../webhooks/domain/facebook-lead';
import { batchRequestSchema } from './batch-request.schema';
import { leadRequestSchema } from './lead-request.schema';

const leadFields = ['email', 'firstName', 'lastName', 'phone', 'jobTitle', 'company', 'country', 'form', 'campaign', 'utm', 'clickIds', 'landingPage', 'referrer', 'occurredAt', 'consent', 'isTest'];

const hostileStrings = fc.oneof(
  fc.constantFrom(
    "' OR 1=1; DROP TABLE leads; --",
    'ada@example.nl\u0000',
    '<script>alert(1)</script>@example.nl',
    '"; DELETE FROM leads; --',
    '\u0000\u0001\u001b[31m',
    '%00%0d%0aSet-Cookie: x=y',
    '{{7*7}}${7*7}',
    '\ud800',
    'ada@@example..nl',
    '+31 6 1234 5678 ext. 99999999999999999',
  ),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.integer({ min: 5_000, max: 60_000 }).map((length) => 'x'.repeat(length)),
);

const hostileValue = fc.oneof(hostileStrings, fc.anything({ maxDepth: 3 }), fc.double(), fc.boolean(), fc.constant(null));

const deepNesting = fc.integer({ min: 50, max: 5_000 }).chain((depth) =>
  fc.constantFrom(
    `${'['.repeat(depth)}${']'.repeat(depth)}`,
    `${'{"email":'.repeat(depth)}"x"${'}'.repeat(depth)}`,
    `{"leads":${'['.repeat(depth)}${']'.repeat(depth)}}`,
  ),
);

const leadLike = fc.dictionary(fc.oneof(fc.constantFrom(...leadFields), fc.string({ maxLength: 10 })), hostileValue, { maxKeys: 8 });

const rawBodies = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
  fc.string({ unit: 'binary', maxLength: 500 }),
  deepNesting,
  fc.json({ maxDepth: 4 }),
);

const jsonBodies = fc.oneof(leadLike, fc.array(leadLike, { maxLength: 3 }), fc.anything({ maxDepth: 4 }));
const batchBodies = fc.oneof(fc.record({ leads: fc.array(fc.oneof(leadLike, hostileValue), { maxLength: 5 }) }), jsonBodies);

const facebookSecret = 'facebook-app-secret';
const facebookSignature = (body: string | Buffer) => `sha256=${createHmac('sha256', facebookSecret).update(body).digest('hex')}`;

const fuzzForm = { source: 'fuzz-form', allowedOrigins: ['https://www.example.com'] };
const formFields = fc.dictionary(fc.oneof(fc.constantFrom('email', 'firstName', 'phone', 'utm_source', 'consentMarketing', 'website'), fc.string({ maxLength: 10 })), hostileStrings, { maxKeys: 6 });

const isValidLead = (value: unknown) => leadRequestSchema.safeParse(value).success;
const isValidBatch = (value: unknown) => {
  const batch = batchRequestSchema.safeParse(value);
  return batch.success && batch.data.leads.some(isValidLead);
};

describe('malformed requests', () => {
  let capture: CaptureUnderTest;
  let key: string;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    // Every 4xx is logged at warn; thousands of them would only slow the test down.
    capture = await CaptureUnderTest.start({
      LOG_LEVEL: 'error',
      GOOGLE_ADS_WEBHOOK_KEY: 'google-form-key',
      FACEBOOK_APP_SECRET: facebookSecret,
      FACEBOOK_VERIFY_TOKEN: 'facebook-verify',
      FACEBOOK_PAGE_ACCESS_TOKEN: 'page-token',
      FACEBOOK_GRAPH_URL: 'http://127.0.0.1:9/unreachable',
      WEB_FORMS: JSON.stringify({ fuzz: fuzzForm }),
    });
    ({ key } = await capture.createKey('fuzz', { source: 'fuzz' }));
  });

  afterAll(async () => {
    await capture?.stop();
  });

  async function send(path: string, body: string | Buffer, headers: Record<string, string>): Promise<void> {
    const response = await fetch(`${capture.url}${path}`, { method: 'POST', headers, body });
    await response.arrayBuffer();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  }

  const json = { 'content-type': 'application/json' };

  it('answers thousands of malformed bodies on every endpoint with 4xx only, stays up, and persists nothing', async () => {
    const lead = { ...json, authorization: `Bearer ${key}` };
    const admin = { ...json, authorization: `Bearer ${adminKey}` };
    const keysBefore = await capture.count('SELECT count(*) FROM api_keys');

    await fc.assert(
      fc.asyncProperty(jsonBodies.filter((body) => !isValidLead(body)), (body) => send('/v1/leads', JSON.stringify(body), lead)),
      { numRuns: 1_500 },
    );
    await fc.assert(
      fc.asyncProperty(batchBodies.filter((body) => !isValidBatch(body)), (body) => send('/v1/leads/batch', JSON.stringify(body), lead)),
      { numRuns: 1_000 },
    );
    await fc.assert(
      fc.asyncProperty(
        jsonBodies.filter((body) => !apiKeyRequestSchema.safeParse(body).success),
        (body) => send('/v1/admin/api-keys', JSON.stringify(body), admin),
      ),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(
        rawBodies.filter((body) => {
          try {
            return !isValidLead(JSON.parse(body.toString())) && !isValidBatch(JSON.parse(body.toString()));
          } catch {
            return true;
          }
        }),
        fc.constantFrom('/v1/leads', '/v1/leads/batch', '/v1/admin/api-keys'),
        fc.constantFrom('application/json', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16'),
        (body, path, contentType) => send(path, body, { ...(path.includes('admin') ? admin : lead), 'content-type': contentType }),
      ),
      { numRuns: 1_000 },
    );

    await fc.assert(
      fc.asyncProperty(jsonBodies, (body) => send('/v1/webhooks/google-ads', JSON.stringify(body), json)),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(jsonBodies.map((body) => JSON.stringify(body) ?? 'null'), rawBodies.map(String)).filter((body) => {
          try {
            return !facebookNotificationSchema.safeParse(JSON.parse(body)).success;
          } catch {
            return true;
          }
        }),
        fc.boolean(),
        (body, signed) => send('/v1/webhooks/facebook', body, { ...json, ...(signed ? { 'x-hub-signature-256': facebookSignature(body) } : {}) }),
      ),
      { numRuns: 300 },
    );

    const parsedForm = webFormSchema.parse(fuzzForm);
    await fc.assert(
      fc.asyncProperty(
        // A filled honeypot is answered as a success on purpose (and stores nothing), so it is no malformed request.
        formFields.filter(
          (fields) => !isHoneypotFilled(parsedForm, fields) && !leadRequestSchema.safeParse(formFieldsAsRequest(parsedForm, fields, null, 'fuzz')).success,
        ),
        (fields) => send('/v1/forms/fuzz', new URLSearchParams(fields as Record<string, string>).toString(), { 'content-type': 'application/x-www-form-urlencoded' }),
      ),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(rawBodies.map(String), fc.array(fc.array(hostileStrings, { maxLength: 4 }), { maxLength: 5 }).map((rows) => rows.map((row) => row.join(',')).join('\n'))),
        (body) => send('/v1/imports/csv?name=fuzz', body, { authorization: `Bearer ${key}`, 'content-type': 'text/csv' }),
      ),
      { numRuns: 300 },
    );

    expect((await fetch(`${capture.url}/health/live`)).status).toBe(200);
    expect(await capture.persistedRows()).toBe(0);
    expect(await capture.count('SELECT count(*) FROM api_keys')).toBe(keysBefore);
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(5_200);
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 401, 415]));
  });
});
