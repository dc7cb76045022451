import { Inject, Injectable } from '@nestjs/common';
import { RetentionJob, SERVICE_CONFIG } from '@accord/platform';
import { CaptureConfig } from '../../config/capture-config';
import { EraseLeadUseCase } from './erase-lead.usecase';
import { LeadErasureRepository } from './lead-erasure.repository';

/**
 * Personal data is kept only while a lead is active: a lead with no new touchpoint for
 * PERSONAL_DATA_RETENTION_DAYS is erased like a request would, so every service forgets it too.
 */
@Injectable()
export class PersonalDataRetentionJob extends RetentionJob {
  protected readonly description = 'erasing leads past their retention period';

  constructor(
    private readonly leads: LeadErasureRepository,
    private readonly eraseLead: EraseLeadUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: CaptureConfig,
  ) {
    super();
  }

  protected retentionDays(): number | undefined {
    return this.config.PERSONAL_DATA_RETENTION_DAYS;
  }

  protected batchSize(): number {
    return 100;
  }

  protected intervalMs(): number {
    return this.config.RETENTION_SWEEP_INTERVAL_MS;
  }

  protected async forgetBefore(cutoff: Date, limit: number): Promise<number> {
    const inactive = await this.leads.inactiveSince(cutoff, limit);
    for (const leadId of inactive) await this.eraseLead.execute(leadId, 'retention');
    return inactive.length;
  }
}
