import { RetentionJob } from './repeating-batch-job';

class RecordingRetentionJob extends RetentionJob {
  protected readonly description = 'forgetting test data';
  readonly cutoffs: Array<[Date, number]> = [];

  constructor(private readonly days: number | undefined) {
    super();
  }

  protected retentionDays() {
    return this.days;
  }

  protected batchSize() {
    return 7;
  }

  protected intervalMs() {
    return 60_000;
  }

  protected async forgetBefore(cutoff: Date, limit: number) {
    this.cutoffs.push([cutoff, limit]);
    return 3;
  }
}

describe('RetentionJob', () => {
  it('forgets, a batch at a time, what was last active more than the retention period ago', async () => {
    const job = new RecordingRetentionJob(30);
    expect(await job.runBatch(new Date('2026-03-31T12:00:00.000Z'))).toBe(3);
    expect(job.cutoffs).toEqual([[new Date('2026-03-01T12:00:00.000Z'), 7]]);
  });

  it('forgets nothing and never schedules itself while no retention period is set', async () => {
    const job = new RecordingRetentionJob(undefined);
    job.onApplicationBootstrap();
    expect(await job.runBatch()).toBe(0);
    expect(job.cutoffs).toEqual([]);
    await job.onModuleDestroy();
  });
});
