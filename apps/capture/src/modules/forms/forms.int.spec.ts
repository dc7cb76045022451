import { CaptureUnderTest } from '../../test-support/capture-under-test';

const origin = 'https://www.example-robotics.nl';
const forms = {
  demo: {
    source: 'website',
    allowedOrigins: [origin],
    fieldMap: { 'your-email': 'email', 'your-name': 'firstName', newsletter: 'consentMarketing' },
    redirectUrl: 'https://www.example-robotics.nl/thanks',
    consentTextVersion: '2026-09',
  },
  contact: { source: 'website', allowedOrigins: [origin] },
};

describe('HTML forms', () => {
  let capture: CaptureUnderTest;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start({ WEB_FORMS: JSON.stringify(forms) });
  });

  afterAll(async () => {
    await capture?.stop();
  });

  const postForm = (formKey: string, body: URLSearchParams | FormData, headers: Record<string, string> = {}) =>
    fetch(`${capture.url}/v1/forms/${formKey}`, { method: 'POST', body, headers: { origin, ...headers }, redirect: 'manual' });

  it('captures a urlencoded form with its field mapping, UTM, click id and consent, then redirects to the thank-you page', async () => {
    const response = await postForm(
      'demo',
      new URLSearchParams({ 'your-email': 'Ada.Form@Example-Robotics.NL', 'your-name': 'Ada', newsletter: 'on', utm_source: 'linkedin', li_fat_id: 'li-123', website: '' }),
      { referer: `${origin}/demo?utm_source=linkedin` },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('https://www.example-robotics.nl/thanks');
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    const { rows: [touchpoint] } = await capture.pool.query(
      "SELECT t.*, l.first_name FROM touchpoints t JOIN leads l ON l.id = t.lead_id WHERE l.email = 'ada.form@example-robotics.nl'",
    );
    expect(touchpoint).toMatchObject({ channel: 'web_form', source: 'website', form: 'demo', utm_source: 'linkedin', li_fat_id: 'li-123', consent_marketing: true, first_name: 'Ada', landing_page: `${origin}/demo?utm_source=linkedin` });
    const { rows: [consent] } = await capture.pool.query('SELECT purpose, granted, text_version FROM consents WHERE touchpoint_id = $1', [touchpoint.id]);
    expect(consent).toEqual({ purpose: 'marketing', granted: true, text_version: '2026-09' });
  });

  it('captures a multipart form and answers JSON when no thank-you page is set', async () => {
    const body = new FormData();
    body.set('email', 'grace.multipart@example.nl');
    body.set('company', 'Example Navy');
    const response = await postForm('contact', body);
    expect(response.status).toBe(201);
    const { leadId } = (await response.json()) as { leadId: string };
    expect(await capture.count("SELECT count(*) FROM leads WHERE id = $1 AND company = 'Example Navy'", [leadId])).toBe(1);
    expect(await capture.count("SELECT count(*) FROM outbox WHERE key = $1 AND topic LIKE '%lead.captured.v1'", [leadId])).toBe(1);
  });

  it('answers the CORS preflight for allowed origins only', async () => {
    const allowed = await fetch(`${capture.url}/v1/forms/contact`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect([allowed.status, allowed.headers.get('access-control-allow-origin')]).toEqual([204, origin]);
    const refused = await fetch(`${capture.url}/v1/forms/contact`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(refused.status).toBe(403);
  });

  it('pretends to accept what a bot put in the honeypot and refuses other origins, unknown forms, JSON and files, persisting nothing', async () => {
    const before = await capture.persistedRows();
    const bot = await postForm('demo', new URLSearchParams({ 'your-email': 'bot@spam.example', website: 'http://spam.example' }));
    expect([bot.status, bot.headers.get('location')]).toEqual([303, 'https://www.example-robotics.nl/thanks']);
    const evil = await postForm('contact', new URLSearchParams({ email: 'x@example.nl' }), { origin: 'https://evil.example' });
    const unknown = await postForm('nope', new URLSearchParams({ email: 'x@example.nl' }));
    const json = await fetch(`${capture.url}/v1/forms/contact`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"x@example.nl"}' });
    const invalid = await postForm('contact', new URLSearchParams({ email: 'not-an-address' }));
    const withFile = new FormData();
    withFile.set('email', 'file@example.nl');
    withFile.set('cv', new Blob(['%PDF-1.4']), 'cv.pdf');
    const file = await postForm('contact', withFile);
    expect([evil.status, unknown.status, json.status, invalid.status, file.status]).toEqual([403, 404, 415, 400, 413]);
    expect(await capture.persistedRows()).toBe(before);
  });
});
