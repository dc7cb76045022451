import { DependencyAvailability } from './dependency-availability';
import { RequireDependencies } from './require-dependencies.guard';

describe('RequireDependencies', () => {
  const state = { database: true, kafka: true };
  const dependencies = new DependencyAvailability({ isReady: async () => state.database } as never, { isReady: async () => state.kafka } as never);
  const guard = new RequireDependencies(dependencies);

  it('turns requests away with 503 and Retry-After from the second failed probe, naming what is down, and lets them in once it answers again', async () => {
    await dependencies.probe();
    expect(guard.canActivate()).toBe(true);

    Object.assign(state, { database: false, kafka: false });
    await dependencies.probe();
    expect(guard.canActivate()).toBe(true);
    await dependencies.probe();
    expect(() => guard.canActivate()).toThrow(expect.objectContaining({ status: 503, headers: { 'retry-after': '5' } }));
    expect(() => guard.canActivate()).toThrow(/^database and kafka unavailable/);

    Object.assign(state, { database: true });
    await dependencies.probe();
    expect(() => guard.canActivate()).toThrow(/^kafka unavailable/);

    Object.assign(state, { kafka: true });
    await dependencies.probe();
    expect(guard.canActivate()).toBe(true);
  });
});
