import { GroupedRuns } from './grouped-runs';

function deferred(): { promise: Promise<boolean>; resolve: (value: boolean) => void } {
  let resolve!: (value: boolean) => void;
  const promise = new Promise<boolean>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('GroupedRuns', () => {
  it('runs items submitted in the same turn together', async () => {
    const runs: string[][] = [];
    const grouped = new GroupedRuns<string, boolean>(async (items) => {
      runs.push(items);
      return true;
    });

    const outcomes = await Promise.all([grouped.submit('a'), grouped.submit('b'), grouped.submit('c')]);

    expect(runs).toEqual([['a', 'b', 'c']]);
    expect(outcomes).toEqual([
      { result: true, groupSize: 3 },
      { result: true, groupSize: 3 },
      { result: true, groupSize: 3 },
    ]);
  });

  it('gathers what arrives during a run into the next one, one run at a time', async () => {
    const runs: string[][] = [];
    const first = deferred();
    let inFlight = 0;
    let mostInFlight = 0;
    const grouped = new GroupedRuns<string, boolean>(async (items) => {
      runs.push(items);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      const applied = runs.length === 1 ? await first.promise : true;
      inFlight -= 1;
      return applied;
    });

    const a = grouped.submit('a');
    await new Promise((resolve) => setImmediate(resolve));
    const later = [grouped.submit('b'), grouped.submit('c')];
    await new Promise((resolve) => setImmediate(resolve));
    expect(runs).toEqual([['a']]);
    first.resolve(true);

    await Promise.all([a, ...later]);
    expect(runs).toEqual([['a'], ['b', 'c']]);
    expect(mostInFlight).toBe(1);
  });

  it('gives every item of a group its run’s result, and each its error when the run fails, then goes on', async () => {
    const grouped = new GroupedRuns<number, boolean>(async (items) => {
      if (items.includes(13)) throw new Error('poison');
      return items.length > 1;
    });

    const failed = await Promise.allSettled([grouped.submit(12), grouped.submit(13)]);
    const declined = await grouped.submit(1);
    const applied = await Promise.all([grouped.submit(2), grouped.submit(3)]);

    expect(failed.map((outcome) => outcome.status === 'rejected' && (outcome.reason as Error).message)).toEqual(['poison', 'poison']);
    expect(declined).toEqual({ result: false, groupSize: 1 });
    expect(applied).toEqual([
      { result: true, groupSize: 2 },
      { result: true, groupSize: 2 },
    ]);
  });
});
