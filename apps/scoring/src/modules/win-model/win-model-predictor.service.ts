import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { WinPrediction } from '../scores/domain/score-lead';
import { LeadFeatures } from './domain/lead-features';
import { predictWin } from './domain/win-model';
import { StoredWinModel, WinModelRepository } from './win-model.repository';

const refreshEveryMs = 60_000;

/** Keeps the latest trained model in memory, so a score never waits for the database to predict. */
@Injectable()
export class WinModelPredictor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WinModelPredictor.name);
  private model: StoredWinModel | null = null;
  private timer?: NodeJS.Timeout;

  constructor(private readonly models: WinModelRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch((error) => this.logger.warn(`model refresh failed: ${error}`)), refreshEveryMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    this.model = await this.models.latest();
  }

  get hasModel(): boolean {
    return this.model !== null;
  }

  predict(features: LeadFeatures): WinPrediction | undefined {
    if (!this.model) return undefined;
    return {
      modelVersion: this.model.version,
      probability: predictWin(this.model.parameters, features),
      isDefault: this.model.isDefault,
    };
  }
}
