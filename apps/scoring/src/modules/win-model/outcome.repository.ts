import { Injectable } from '@nestjs/common';
import { FitGrade } from '@accord/contracts';
import { ScoringDatabase, ScoringTransaction } from '../../database/scoring-database';
import { Outcome } from './domain/evaluate-win-model';
import { LeadFeatures } from './domain/lead-features';

export type OutcomeKind = 'won' | 'lost' | 'rejected';

export interface OutcomeRecord {
  eventId: string;
  leadId: string;
  outcome: OutcomeKind;
  fitGrade: FitGrade;
  rulePriority: number;
  features: LeadFeatures;
  occurredAt: Date;
}

@Injectable()
export class OutcomeRepository {
  constructor(private readonly database: ScoringDatabase) {}

  async record(transaction: ScoringTransaction, outcome: OutcomeRecord): Promise<void> {
    await transaction.$executeRawUnsafe(
      `INSERT INTO lead_outcomes (event_id, lead_id, outcome, fit_grade, features, rule_priority, occurred_at)
       VALUES ($1::uuid, $2::uuid, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (event_id) DO NOTHING`,
      outcome.eventId,
      outcome.leadId,
      outcome.outcome,
      outcome.fitGrade,
      JSON.stringify(outcome.features),
      outcome.rulePriority,
      outcome.occurredAt,
    );
  }

  /** The most recent outcomes, a win labelled as such and every loss or rejection as not won. */
  async latest(limit: number): Promise<Outcome[]> {
    const rows = await this.database.leadOutcome.findMany({ orderBy: { occurredAt: 'desc' }, take: limit });
    return rows.map((row) => ({
      leadId: row.leadId,
      won: row.outcome === 'won',
      fitGrade: row.fitGrade as FitGrade,
      rulePriority: row.rulePriority,
      features: row.features as unknown as LeadFeatures,
    }));
  }

  async count(): Promise<number> {
    return this.database.leadOutcome.count();
  }
}
