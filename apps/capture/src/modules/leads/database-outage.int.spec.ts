import { eventually } from '@accord/testing';
import { CaptureUnderTest } from '../../test-support/capture-under-test';

describe('capture while its database is down', () => {
  let capture: CaptureUnderTest;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start();
  });

  afterAll(async () => {
    await capture?.database.comeBack();
    await capture?.stop();
  });

  it('answers 503 with Retry-After instead of accepting leads it cannot store, and accepts them again once the database is back', async () => {
    const { key } = await capture.createKey('outage');
    const before = await capture.post('/v1/leads', { email: 'before.outage@example.nl' }, { 'x-api-key': key });
    expect(before.status).toBe(201);

    await capture.database.goDown();
    const refused = await eventually(async () => {
      const response = await capture.post('/v1/leads', { email: 'during.outage@example.nl' }, { 'x-api-key': key });
      expect(response.status).toBe(503);
      return response;
    });
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect((await capture.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);

    await capture.database.comeBack();
    const after = await eventually(async () => {
      const response = await capture.post('/v1/leads', { email: 'during.outage@example.nl' }, { 'x-api-key': key });
      expect(response.status).toBe(201);
      return (await response.json()) as { leadId: string };
    });
    expect(after.leadId).toEqual(expect.any(String));
    expect(await capture.count('SELECT count(*) FROM leads')).toBe(2);
    expect(await capture.count('SELECT count(*) FROM touchpoints')).toBe(2);
  });
});
