import { Inject, Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { EnrichmentConfig } from '../../config/enrichment-config';
import { PeriodicTask } from '@accord/platform';
import { SweepLeadsUseCase } from './sweep-leads.usecase';

/** Timers for the retry sweep and the stale sweep. */
@Injectable()
export class EnrichmentSweepsScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly tasks: PeriodicTask[];

  constructor(@Inject(SERVICE_CONFIG) config: EnrichmentConfig, sweeps: SweepLeadsUseCase) {
    this.tasks = [
      new PeriodicTask('retry-sweep', config.ENRICHMENT_RETRY_SWEEP_INTERVAL_MS, () => sweeps.retryDue()),
      new PeriodicTask('stale-sweep', config.ENRICHMENT_STALE_SWEEP_INTERVAL_MS, () => sweeps.refreshStale()),
    ];
  }

  onApplicationBootstrap(): void {
    for (const task of this.tasks) task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.tasks.map((task) => task.stop()));
  }
}
