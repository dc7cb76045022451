import { registeredRoutes } from '@accord/platform';
import { adminKeyHeaders, describeHostileHttp } from '@accord/testing';
import { RewardsUnderTest } from './test-support/rewards-under-test';

describeHostileHttp('rewards', {
  start: () => RewardsUnderTest.start(),
  routesOf: registeredRoutes,
  headers: adminKeyHeaders,
});
