import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * Work that a database holds for later (due timers, deliveries, sweeps): run a batch, go again at
 * once while batches come back full, otherwise wait an interval. A failed batch is logged and
 * retried on the next turn; shutdown waits for the batch in flight.
 */
export abstract class RepeatingBatchJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  /** Runs one batch and says how many items it handled. */
  protected abstract runBatch(): Promise<number>;
  protected abstract batchSize(): number;
  protected abstract intervalMs(): number;
  /** What the job does, for the log line of a failed batch. */
  protected abstract readonly description: string;

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.turn();
    }, delayMs);
  }

  private async turn(): Promise<void> {
    let handled = 0;
    try {
      handled = await this.runBatch();
    } catch (error) {
      this.logger.warn(`${this.description} failed; trying again: ${String(error)}`);
    }
    this.schedule(handled >= this.batchSize() ? 0 : this.intervalMs());
  }
}

const dayMs = 86_400_000;

/**
 * Forgets personal data once it has been idle longer than a retention period (a service's
 * PERSONAL_DATA_RETENTION_DAYS), a batch at a time; does nothing while the period is unset.
 */
export abstract class RetentionJob extends RepeatingBatchJob {
  protected abstract retentionDays(): number | undefined;
  /** Forgets up to `limit` items last active before `cutoff` and says how many. */
  protected abstract forgetBefore(cutoff: Date, limit: number): Promise<number>;

  override onApplicationBootstrap(): void {
    if (this.retentionDays() !== undefined) super.onApplicationBootstrap();
  }

  async runBatch(now = new Date()): Promise<number> {
    const days = this.retentionDays();
    if (days === undefined) return 0;
    return this.forgetBefore(new Date(now.getTime() - days * dayMs), this.batchSize());
  }
}
