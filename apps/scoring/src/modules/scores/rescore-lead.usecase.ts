import { Injectable } from '@nestjs/common';
import { Transactions } from '@accord/platform';
import { ScoringTransaction } from '../../database/scoring-database';
import { LeadScoreRepository } from '../leads/lead-score.repository';
import { ScoreLeadUseCase } from './score-lead.usecase';

/** An operator's re-run: score the lead again from what is known now and publish the score as usual. */
@Injectable()
export class RescoreLeadUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly leads: LeadScoreRepository,
    private readonly scoreLead: ScoreLeadUseCase,
  ) {}

  async execute(leadId: string) {
    if (!(await this.leads.find(leadId))) return null;
    const score = await this.transactions.run((transaction: ScoringTransaction) => this.scoreLead.execute(transaction, { leadId, cause: 'operator' }));
    if (!score) return null;
    return { leadId, fit: score.fit.score, grade: score.fit.grade, engagement: score.engagement.score, priority: score.priority };
  }
}
