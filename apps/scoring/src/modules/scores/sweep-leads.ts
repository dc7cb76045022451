import { LifecycleStage } from '@accord/contracts';
import { Transactions } from '@accord/platform';
import { ScoringTransaction } from '../../database/scoring-database';
import { LeadScoreRepository } from '../leads/lead-score.repository';
import { ScoreLeadUseCase, ScoreRequest } from './score-lead.usecase';

const batchSize = 200;

/** Re-scores leads one transaction each, in id order, until done or told to stop. */
export async function sweepLeads(
  dependencies: { leads: LeadScoreRepository; scoreLead: ScoreLeadUseCase; transactions: Transactions },
  options: { stages?: LifecycleStage[]; cause: ScoreRequest['cause']; shouldStop: () => boolean },
): Promise<number> {
  let cursor: string | null = null;
  let swept = 0;
  for (;;) {
    const leadIds = await dependencies.leads.leadIdsAfter(cursor, batchSize, options.stages);
    for (const leadId of leadIds) {
      if (options.shouldStop()) return swept;
      await dependencies.transactions.run((transaction: ScoringTransaction) =>
        dependencies.scoreLead.execute(transaction, { leadId, cause: options.cause, onlyWhenChanged: true }),
      );
      swept += 1;
    }
    if (leadIds.length < batchSize) return swept;
    cursor = leadIds[leadIds.length - 1];
  }
}
