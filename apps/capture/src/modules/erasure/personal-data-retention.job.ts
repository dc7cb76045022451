import { Inject, Injectable } from '@nestjs/common';
import { RepeatingBatchJob, SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { LeadErasureRepository } from './lead-erasure.repository';

const dayMs = 86_400_000;

/**
 * Personal data is kept only while a lead is active: a lead with no new touchpoint for
 * PERSONAL_DATA_RETENTION_DAYS is erased like a request would, so every service forgets it too.
 */
@Injectable()
export class PersonalDataRetentionJob extends RepeatingBatchJob {
  protected readonly description = 'erasing leads past their retention period';

  constructor(
    private readonly leads: LeadErasureRepository,
    private readonly eraseLead: EraseLeadUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {
    super();
  }

  override onApplicationBootstrap(): void {
    if (this.config.PERSONAL_DATA_RETENTION_DAYS !== undefined) super.onApplicationBootstrap();
  }

  protected batchSize(): number {
    return 100;
  }

  protected intervalMs(): number {
    return this.config.RETENTION_SWEEP_INTERVAL_MS;
  }

  /** Erases one batch of leads inactive since before the cut-off and says how many. */
  async runBatch(now = new Date()): Promise<number> {
    const days = this.config.PERSONAL_DATA_RETENTION_DAYS;
    if (days === undefined) return 0;
    const inactive = await this.leads.inactiveSince(new Date(now.getTime() - days * dayMs), this.batchSize());
    for (const leadId of inactive) await this.eraseLead.execute(leadId, 'retention');
    return inactive.length;
  }
}
