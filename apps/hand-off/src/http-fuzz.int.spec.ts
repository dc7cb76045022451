import { registeredRoutes } from '@accord/platform';
import { fuzzHttpRoutes } from '@accord/testing';
import { HandOffUnderTest } from './test-support/hand-off-under-test';

describe('hand-off under hostile HTTP input', () => {
  let service: HandOffUnderTest;

  beforeAll(async () => {
    service = await HandOffUnderTest.create();
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('answers every route with a 4xx for bad paths, queries and bodies, never a 5xx, and keeps running', async () => {
    const routes = registeredRoutes(service.app);
    expect(routes.map((route) => route.url)).toContain('/health/live');
    const report = await fuzzHttpRoutes({ baseUrl: service.baseUrl, routes, headers: { 'x-rep-id': '0195f3a0-0000-7000-8000-000000000000' } });
    expect(report.findings).toEqual([]);
    expect(report.sent).toBeGreaterThan(routes.length * 20);
    expect(Object.keys(report.statuses).filter((status) => status.startsWith('4')).length).toBeGreaterThan(1);
    expect((await fetch(`${service.baseUrl}/health/live`)).status).toBe(200);
  });
});
