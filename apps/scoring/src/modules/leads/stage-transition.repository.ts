import { Injectable } from '@nestjs/common';
import { LifecycleStage } from '@accord/contracts';
import { ScoringDatabase, ScoringTransaction } from '../../database/scoring-database';

@Injectable()
export class StageTransitionRepository {
  constructor(private readonly database: ScoringDatabase) {}

  /** Moves the lead to its new stage and records the transition, in one statement. */
  async move(
    transaction: ScoringTransaction,
    leadId: string,
    from: LifecycleStage,
    to: LifecycleStage,
    trigger: string,
    reason: string,
    changedAt: Date,
  ): Promise<void> {
    await transaction.$executeRawUnsafe(
      `WITH moved AS (UPDATE lead_scores SET stage = $3, stage_changed_at = $6 WHERE lead_id = $1::uuid)
       INSERT INTO stage_transitions (lead_id, from_stage, to_stage, trigger, reason, changed_at) VALUES ($1::uuid, $2, $3, $4, $5, $6)`,
      leadId,
      from,
      to,
      trigger,
      reason,
      changedAt,
    );
  }

  async of(leadId: string, limit: number) {
    return this.database.stageTransition.findMany({ where: { leadId }, orderBy: { id: 'desc' }, take: limit });
  }
}
