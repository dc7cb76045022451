import { registeredRoutes } from '@accord/platform';
import { describeHostileHttp } from '@accord/testing';
import { CaptureUnderTest } from './test-support/capture-under-test';

describeHostileHttp('capture', {
  start: () => CaptureUnderTest.start(),
  routesOf: registeredRoutes,
  headers: async (service) => ({ 'x-api-key': (await service.createKey('fuzz', { scopes: ['leads:write', 'leads:read'] })).key }),
  // Forms are public by nature; webhooks verify the ad platform's signature or key and answer 400/403 on their own; the OpenAPI pages are public.
  openWithoutCredentials: [
    'OPTIONS /v1/forms/:formKey',
    'POST /v1/forms/:formKey',
    'GET /v1/webhooks/facebook',
    'POST /v1/webhooks/facebook',
    'POST /v1/webhooks/google-ads',
    'GET /v1/webhooks/linkedin',
    'POST /v1/webhooks/linkedin',
    /^GET \/docs/,
  ],
});
