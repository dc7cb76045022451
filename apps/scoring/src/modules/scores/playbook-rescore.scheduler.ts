import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Transactions } from '@accord/platform';
import { Clock } from '../clock/clock';
import { LeadScoreRepository } from '../leads/lead-score.repository';
import { CurrentPlaybook } from '../playbook/playbook.module';
import { PlaybookVersionRepository } from './playbook-version.repository';
import { ScoreLeadUseCase } from './score-lead.usecase';
import { sweepLeads } from './sweep-leads';

/** A playbook version seen for the first time re-scores every lead under it, in the background. */
@Injectable()
export class PlaybookRescoreScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(PlaybookRescoreScheduler.name);
  private running?: Promise<unknown>;
  private stopping = false;

  constructor(
    private readonly versions: PlaybookVersionRepository,
    readonly leads: LeadScoreRepository,
    readonly scoreLead: ScoreLeadUseCase,
    readonly transactions: Transactions,
    private readonly current: CurrentPlaybook,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.rescoreIfNew().catch((error) => this.logger.warn(`re-scoring under the new playbook failed: ${error}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async rescoreIfNew(): Promise<void> {
    const { playbook } = this.current;
    if (!(await this.versions.claim(playbook, this.clock.now()))) return;
    const rescored = await sweepLeads(this, { cause: 'playbook-change', shouldStop: () => this.stopping });
    this.logger.log(`playbook ${playbook.version}: re-scored ${rescored} leads`);
  }
}
