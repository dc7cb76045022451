import { CaptureUnderTest } from '../../test-support/capture-under-test';

describe('rate limit per source', () => {
  let capture: CaptureUnderTest;

  beforeAll(async () => {
    capture = await CaptureUnderTest.start({ RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '3' });
  });

  afterAll(async () => {
    await capture?.stop();
  });

  it('answers 429 with Retry-After once a source spends its burst, leaving other sources and the database alone', async () => {
    const busy = await capture.createKey('busy', { source: 'busy' });
    const quiet = await capture.createKey('quiet', { source: 'quiet' });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let index = 0; index < 5; index += 1) {
      const response = await capture.post('/v1/leads', { email: `burst.${index}@example.nl` }, { 'x-api-key': busy.key });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(4);
    expect(limited?.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const accepted = statuses.filter((status) => status === 201).length;
    expect(await capture.count('SELECT count(*) FROM leads')).toBe(accepted);

    const other = await capture.post('/v1/leads', { email: 'quiet.one@example.nl' }, { 'x-api-key': quiet.key });
    expect(other.status).toBe(201);
  });
});
