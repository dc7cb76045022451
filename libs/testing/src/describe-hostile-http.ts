/// <reference types="jest" />
import { fuzzHttpRoutes, type FuzzedRoute } from './fuzz-http-routes';
import { probeRoutes, routesOpenWithoutCredentials } from './test-credentials';

export interface ServiceUnderHostileHttp {
  url: string;
  app: unknown;
  stop(): Promise<unknown>;
}

export interface HostileHttpOptions<Service extends ServiceUnderHostileHttp> {
  start: () => Promise<Service>;
  /** Every route the service registered; the caller reads them, since @accord/platform itself depends on this library. */
  routesOf: (app: Service['app']) => FuzzedRoute[];
  /** Credentials for the fuzzed requests, so the input gets past authentication to the parsing behind it. */
  headers: (service: Service) => Record<string, string> | Promise<Record<string, string>>;
  /** Routes besides the probes that may answer without credentials, as "METHOD /url" or a pattern over it. */
  openWithoutCredentials?: Array<string | RegExp>;
}

/** Fuzzes every route of a running service and checks that only the expected routes answer without credentials. */
export function describeHostileHttp<Service extends ServiceUnderHostileHttp>(serviceName: string, options: HostileHttpOptions<Service>): void {
  describe(`${serviceName} under hostile HTTP input`, () => {
    let service: Service;

    beforeAll(async () => {
      service = await options.start();
    });

    afterAll(() => service?.stop());

    it('answers every route with a 4xx for bad paths, queries and bodies, never a 5xx, and keeps running', async () => {
      const routes = options.routesOf(service.app);
      expect(routes.map((route) => route.url)).toContain('/health/live');
      const report = await fuzzHttpRoutes({ baseUrl: service.url, routes, headers: await options.headers(service) });
      expect(report.findings).toEqual([]);
      expect(report.sent).toBeGreaterThan(routes.length * 20);
      expect(Object.keys(report.statuses).filter((status) => status.startsWith('4')).length).toBeGreaterThan(1);
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    });

    it('answers 401 without credentials on every route but the public ones', async () => {
      const open = await routesOpenWithoutCredentials(service.url, options.routesOf(service.app));
      const allowed = [...probeRoutes, ...(options.openWithoutCredentials ?? [])];
      const isAllowed = (route: string) => allowed.some((entry) => (typeof entry === 'string' ? entry === route : entry.test(route)));
      expect(open.map((route) => `${route.method} ${route.url}`).filter((route) => !isAllowed(route))).toEqual([]);
    });
  });
}
