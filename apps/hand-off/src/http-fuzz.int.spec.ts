import { registeredRoutes } from '@accord/platform';
import { adminKeyHeaders, describeHostileHttp } from '@accord/testing';
import { HandOffUnderTest } from './test-support/hand-off-under-test';

describeHostileHttp('hand-off', {
  start: async () => {
    const handOff = await HandOffUnderTest.create();
    return { url: handOff.baseUrl, app: handOff.app, stop: () => handOff.stop() };
  },
  routesOf: registeredRoutes,
  headers: adminKeyHeaders,
});
