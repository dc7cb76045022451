import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SERVICE_CONFIG, Transactions } from '@accord/platform';
import { ScoringConfig } from '../../config/scoring-config';
import { LeadScoreRepository } from '../leads/lead-score.repository';
import { ScoreLeadUseCase } from './score-lead.usecase';
import { sweepLeads } from './sweep-leads';

/**
 * Engagement decays with time, not with events: every interval each MQL is re-scored, and one that
 * cooled below the recycle threshold before sales accepted it goes back to nurture.
 */
@Injectable()
export class DecaySweepScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DecaySweepScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopping = false;

  constructor(
    readonly leads: LeadScoreRepository,
    readonly scoreLead: ScoreLeadUseCase,
    readonly transactions: Transactions,
    @Inject(SERVICE_CONFIG) private readonly config: ScoringConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.sweep().finally(() => (this.running = undefined));
    }, this.config.DECAY_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<number> {
    try {
      return await sweepLeads(this, { stages: ['mql'], cause: 'decay', shouldStop: () => this.stopping });
    } catch (error) {
      this.logger.warn(`decay sweep failed: ${error}`);
      return 0;
    }
  }
}
