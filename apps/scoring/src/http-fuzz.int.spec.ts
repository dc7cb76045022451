import { registeredRoutes } from '@accord/platform';
import { adminKeyHeaders, describeHostileHttp } from '@accord/testing';
import { ScoringUnderTest } from '../test/support/scoring-under-test';

describeHostileHttp('scoring', {
  start: () => ScoringUnderTest.start(),
  routesOf: registeredRoutes,
  headers: adminKeyHeaders,
});
