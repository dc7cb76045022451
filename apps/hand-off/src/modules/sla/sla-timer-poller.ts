import { Inject, Injectable } from '@nestjs/common';
import { RepeatingBatchJob, SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { FireDueTimersUseCase } from './fire-due-timers.usecase';

/** Fires due SLA timers; a full batch means more may be waiting, so it goes again at once. */
@Injectable()
export class SlaTimerPoller extends RepeatingBatchJob {
  protected readonly description = 'firing due SLA timers';

  constructor(
    private readonly fireDueTimers: FireDueTimersUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {
    super();
  }

  protected runBatch(): Promise<number> {
    return this.fireDueTimers.execute();
  }

  protected batchSize(): number {
    return this.config.SLA_BATCH_SIZE;
  }

  protected intervalMs(): number {
    return this.config.SLA_POLL_INTERVAL_MS;
  }
}
