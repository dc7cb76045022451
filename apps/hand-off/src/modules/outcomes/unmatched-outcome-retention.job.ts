import { Inject, Injectable } from '@nestjs/common';
import { RetentionJob, SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { OutcomeRetentionRepository } from './outcome-retention.repository';

/**
 * Capture's erasure reaches everything hand-off keeps about a lead, but not an outcome whose e-mail
 * never matched one: after PERSONAL_DATA_RETENTION_DAYS its e-mail hash goes. It can then match only by lead id.
 */
@Injectable()
export class UnmatchedOutcomeRetentionJob extends RetentionJob {
  protected readonly description = 'forgetting e-mail hashes of unmatched outcomes';

  constructor(
    private readonly outcomes: OutcomeRetentionRepository,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {
    super();
  }

  protected retentionDays(): number | undefined {
    return this.config.PERSONAL_DATA_RETENTION_DAYS;
  }

  protected batchSize(): number {
    return 500;
  }

  protected intervalMs(): number {
    return this.config.RETENTION_SWEEP_INTERVAL_MS;
  }

  protected forgetBefore(cutoff: Date, limit: number): Promise<number> {
    return this.outcomes.forgetUnmatchedBefore(cutoff, limit);
  }
}
