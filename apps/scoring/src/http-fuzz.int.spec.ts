import { registeredRoutes } from '@accord/platform';
import { adminKeyHeaders, fuzzHttpRoutes, probeRoutes, routesOpenWithoutCredentials } from '@accord/testing';
import { ScoringUnderTest } from '../test/support/scoring-under-test';

describe('scoring under hostile HTTP input', () => {
  let service: ScoringUnderTest;

  beforeAll(async () => {
    service = await ScoringUnderTest.start();
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('answers every route with a 4xx for bad paths, queries and bodies, never a 5xx, and keeps running', async () => {
    const routes = registeredRoutes(service.app);
    expect(routes.map((route) => route.url)).toContain('/health/live');
    const report = await fuzzHttpRoutes({ baseUrl: service.url, routes, headers: adminKeyHeaders() });
    expect(report.findings).toEqual([]);
    expect(report.sent).toBeGreaterThan(routes.length * 20);
    expect(Object.keys(report.statuses).filter((status) => status.startsWith('4')).length).toBeGreaterThan(1);
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
  });

  it('answers 401 without credentials on every route but the public ones', async () => {
    const open = await routesOpenWithoutCredentials(service.url, registeredRoutes(service.app));
    const publicRoutes = probeRoutes;
    expect(open.map((route) => `${route.method} ${route.url}`).filter((route) => !publicRoutes.includes(route))).toEqual([]);
  });
});
