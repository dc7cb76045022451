import { OffsetsByTopicPartition } from 'kafkajs';
import { CoalescedOffsetCommits } from './coalesced-offset-commits';

describe('CoalescedOffsetCommits', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const recorder = () => {
    const commits: OffsetsByTopicPartition[] = [];
    return {
      commits,
      commit: async (offsets: OffsetsByTopicPartition) => void commits.push(offsets),
    };
  };

  it('commits what was applied within the interval in one request, each partition at its furthest offset', async () => {
    const { commits, commit } = recorder();
    const offsets = new CoalescedOffsetCommits(1_000, () => undefined);

    offsets.add({ topic: 'a', partition: 0, offset: '4' }, commit);
    offsets.add({ topic: 'a', partition: 0, offset: '9' }, commit);
    offsets.add({ topic: 'b', partition: 2, offset: '0' }, commit);
    await jest.advanceTimersByTimeAsync(999);
    expect(commits).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);

    expect(commits).toEqual([
      {
        topics: [
          { topic: 'a', partitions: [{ partition: 0, offset: '10' }] },
          { topic: 'b', partitions: [{ partition: 2, offset: '1' }] },
        ],
      },
    ]);
  });

  it('commits at once on flush, and sends nothing when nothing is pending', async () => {
    const { commits, commit } = recorder();
    const offsets = new CoalescedOffsetCommits(60_000, () => undefined);

    offsets.add({ topic: 'a', partition: 1, offset: '2' }, commit);
    await offsets.flush();
    await offsets.flush();
    await jest.advanceTimersByTimeAsync(60_000);

    expect(commits).toEqual([
      { topics: [{ topic: 'a', partitions: [{ partition: 1, offset: '3' }] }] },
    ]);
  });

  it('sends a commit only after the one before it has landed', async () => {
    const order: string[] = [];
    let land: () => void = () => undefined;
    const slow = (offsets: OffsetsByTopicPartition) => {
      order.push(`sent ${offsets.topics[0].partitions[0].offset}`);
      return new Promise<void>((resolve) => (land = resolve));
    };
    const offsets = new CoalescedOffsetCommits(0, () => undefined);

    offsets.add({ topic: 'a', partition: 0, offset: '0' }, slow);
    void offsets.flush();
    offsets.add({ topic: 'a', partition: 0, offset: '1' }, slow);
    const second = offsets.flush();
    await jest.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['sent 1']);
    land();
    await jest.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['sent 1', 'sent 2']);
    land();
    await second;
  });

  it('reports a failed commit and goes on committing', async () => {
    const failures: unknown[] = [];
    const { commits, commit } = recorder();
    const offsets = new CoalescedOffsetCommits(10, (error) => failures.push(error));

    offsets.add({ topic: 'a', partition: 0, offset: '0' }, () =>
      Promise.reject(new Error('REBALANCE_IN_PROGRESS')),
    );
    await offsets.flush();
    offsets.add({ topic: 'a', partition: 0, offset: '1' }, commit);
    await jest.advanceTimersByTimeAsync(10);

    expect(failures).toEqual([new Error('REBALANCE_IN_PROGRESS')]);
    expect(commits).toEqual([
      { topics: [{ topic: 'a', partitions: [{ partition: 0, offset: '2' }] }] },
    ]);
  });
});
