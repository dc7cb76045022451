import { createHash } from 'node:crypto';

/** HS256 secret the in-process services under test trust; tests sign their own tokens with it. */
export const testJwtSecret = 'accord-test-jwt-secret-0123456789abcdef';

/** A system API key with the admin scope, configured by its hash like a real one. */
export const testAdminApiKey = 'accord_sk_test_admin_0123456789abcdef';

/** Environment that turns authentication on for a service under test. */
export function testAuthEnv(): Record<string, string> {
  const hash = createHash('sha256').update(testAdminApiKey).digest('hex');
  return { AUTH_DISABLED: 'false', AUTH_JWT_SECRET: testJwtSecret, SERVICE_API_KEYS: `test-admin:${hash}:admin` };
}

export const adminKeyHeaders = (): Record<string, string> => ({ authorization: `Bearer ${testAdminApiKey}` });

export interface ProbedRoute {
  method: string;
  url: string;
}

/** Sends each route a request without credentials; returns those that did not answer 401 (params filled with a UUID). */
export async function routesOpenWithoutCredentials(baseUrl: string, routes: ProbedRoute[]): Promise<Array<ProbedRoute & { status: number }>> {
  const open: Array<ProbedRoute & { status: number }> = [];
  for (const route of routes) {
    const path = route.url.replace(/:[A-Za-z]+/g, '0195f3a0-0000-7000-8000-000000000000');
    const hasBody = !['GET', 'DELETE', 'OPTIONS'].includes(route.method);
    const response = await fetch(`${baseUrl}${path}`, {
      method: route.method,
      headers: hasBody ? { 'content-type': 'application/json' } : {},
      body: hasBody ? '{}' : undefined,
    });
    await response.arrayBuffer();
    if (response.status !== 401) open.push({ ...route, status: response.status });
  }
  return open;
}

/** Routes every service answers without credentials: probes and the Prometheus scrape. */
export const probeRoutes = ['GET /health', 'GET /health/live', 'GET /metrics'];
