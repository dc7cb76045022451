import { registeredRoutes } from '@accord/platform';
import { adminKeyHeaders, describeHostileHttp } from '@accord/testing';
import { EnrichmentUnderTest } from '../test/enrichment-under-test';

describeHostileHttp('enrichment', {
  start: () => EnrichmentUnderTest.start(),
  routesOf: registeredRoutes,
  headers: adminKeyHeaders,
});
