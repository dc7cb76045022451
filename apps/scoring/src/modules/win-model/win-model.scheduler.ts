import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask, SERVICE_CONFIG } from '@accord/platform';
import { ScoringConfig } from '../../config/scoring-config';
import { TrainWinModelUseCase } from './train-win-model.usecase';

/** Re-trains on the configured schedule; a failed run is logged and the next one tries again. */
@Injectable()
export class WinModelScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WinModelScheduler.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly train: TrainWinModelUseCase,
    @Inject(SERVICE_CONFIG) config: ScoringConfig,
  ) {
    this.task = new PeriodicTask('scheduled training', config.MODEL_RETRAIN_INTERVAL_MS, () => this.run());
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  private async run(): Promise<void> {
    const result = await this.train.execute();
    if (result.trained) this.logger.log(`trained ${result.model.version}: held-out AUC ${result.model.quality.modelAuc}`);
  }
}
