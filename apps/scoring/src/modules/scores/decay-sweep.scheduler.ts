import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PeriodicTask, SERVICE_CONFIG, Transactions } from '@accord/platform';
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
  private readonly task: PeriodicTask;
  private stopping = false;

  constructor(
    readonly leads: LeadScoreRepository,
    readonly scoreLead: ScoreLeadUseCase,
    readonly transactions: Transactions,
    @Inject(SERVICE_CONFIG) config: ScoringConfig,
  ) {
    this.task = new PeriodicTask('decay sweep', config.DECAY_SWEEP_INTERVAL_MS, () => this.sweep());
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.task.stop();
  }

  sweep(): Promise<number> {
    return sweepLeads(this, { stages: ['mql'], cause: 'decay', shouldStop: () => this.stopping });
  }
}
