import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SERVICE_CONFIG } from '@accord/platform';
import { ScoringConfig } from '../../config/scoring-config';
import { TrainWinModelUseCase } from './train-win-model.usecase';

/** Re-trains on the configured schedule; a failed run is logged and the next one tries again. */
@Injectable()
export class WinModelScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WinModelScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly train: TrainWinModelUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: ScoringConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), this.config.MODEL_RETRAIN_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    try {
      const result = await this.train.execute();
      if (result.trained) this.logger.log(`trained ${result.model.version}: held-out AUC ${result.model.quality.modelAuc}`);
    } catch (error) {
      this.logger.warn(`scheduled training failed: ${error}`);
    }
  }
}
