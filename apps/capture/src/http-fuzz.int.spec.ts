import { registeredRoutes } from '@accord/platform';
import { fuzzHttpRoutes, probeRoutes, routesOpenWithoutCredentials } from '@accord/testing';
import { CaptureUnderTest } from './test-support/capture-under-test';

describe('capture under hostile HTTP input', () => {
  let service: CaptureUnderTest;

  beforeAll(async () => {
    service = await CaptureUnderTest.start();
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('answers every route with a 4xx for bad paths, queries and bodies, never a 5xx, and keeps running', async () => {
    const routes = registeredRoutes(service.app);
    expect(routes.map((route) => route.url)).toContain('/health/live');
    const report = await fuzzHttpRoutes({ baseUrl: service.url, routes, headers: { 'x-api-key': (await service.createKey('fuzz', { scopes: ['leads:write', 'leads:read'] })).key } });
    expect(report.findings).toEqual([]);
    expect(report.sent).toBeGreaterThan(routes.length * 20);
    expect(Object.keys(report.statuses).filter((status) => status.startsWith('4')).length).toBeGreaterThan(1);
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
  });

  it('answers 401 without credentials on every route but the public ones', async () => {
    const open = await routesOpenWithoutCredentials(service.url, registeredRoutes(service.app));
    // Forms are public by nature; webhooks verify the ad platform's signature or key and answer 400/403 on their own.
    const publicRoutes = [
      ...probeRoutes,
      'OPTIONS /v1/forms/:formKey',
      'POST /v1/forms/:formKey',
      'GET /v1/webhooks/facebook',
      'POST /v1/webhooks/facebook',
      'POST /v1/webhooks/google-ads',
      'GET /v1/webhooks/linkedin',
      'POST /v1/webhooks/linkedin',
    ];
    const openApiPage = (route: string) => route.startsWith('GET /docs');
    expect(open.map((route) => `${route.method} ${route.url}`).filter((route) => !publicRoutes.includes(route) && !openApiPage(route))).toEqual([]);
  });
});
