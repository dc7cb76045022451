import { Inject, Injectable } from '@nestjs/common';
import { RepeatingBatchJob, SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { OutcomeRetentionRepository } from './outcome-retention.repository';

const dayMs = 86_400_000;

/**
 * Capture's erasure reaches everything hand-off keeps about a lead, but not an outcome whose e-mail
 * never matched one: after PERSONAL_DATA_RETENTION_DAYS its e-mail hash goes. It can then match only by lead id.
 */
@Injectable()
export class UnmatchedOutcomeRetentionJob extends RepeatingBatchJob {
  protected readonly description = 'forgetting e-mail hashes of unmatched outcomes';

  constructor(
    private readonly outcomes: OutcomeRetentionRepository,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {
    super();
  }

  override onApplicationBootstrap(): void {
    if (this.config.PERSONAL_DATA_RETENTION_DAYS !== undefined) super.onApplicationBootstrap();
  }

  protected batchSize(): number {
    return 500;
  }

  protected intervalMs(): number {
    return this.config.RETENTION_SWEEP_INTERVAL_MS;
  }

  async runBatch(now = new Date()): Promise<number> {
    const days = this.config.PERSONAL_DATA_RETENTION_DAYS;
    if (days === undefined) return 0;
    return this.outcomes.forgetUnmatchedBefore(new Date(now.getTime() - days * dayMs), this.batchSize());
  }
}
