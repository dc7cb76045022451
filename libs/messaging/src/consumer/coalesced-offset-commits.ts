import { OffsetsByTopicPartition } from 'kafkajs';
import { ConsumedOffset, offsetsToCommit } from './consumed-offsets';

export type CommitOffsets = (offsets: OffsetsByTopicPartition) => Promise<unknown>;

/**
 * Commits what the consumer has applied at most once per interval, every partition in one request,
 * instead of once per transaction. A commit that comes late, or not at all, only brings events back
 * after a restart or a rebalance, and the inbox recognises them; each commit costs the broker a write.
 * Commits go one at a time, in order, so an older one never lands after a newer one.
 */
export class CoalescedOffsetCommits {
  private pending: ConsumedOffset[] = [];
  private commit?: CommitOffsets;
  private timer?: NodeJS.Timeout;
  private landed: Promise<void> = Promise.resolve();

  constructor(
    private readonly intervalMs: number,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Records `consumed` for the next commit, which `commit` (the current consumer's) sends. */
  add(consumed: ConsumedOffset, commit: CommitOffsets): void {
    this.pending.push(consumed);
    this.commit = commit;
    // Unreferenced: a commit still waiting never keeps the process alive.
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs).unref();
  }

  /** Commits what is pending now; resolves once every commit so far has landed or failed. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const consumed = this.pending.splice(0);
    const commit = this.commit;
    if (consumed.length > 0 && commit) {
      this.landed = this.landed.then(() =>
        commit(offsetsToCommit(consumed)).then(() => undefined, this.onFailure),
      );
    }
    return this.landed;
  }
}
