import { Injectable } from '@nestjs/common';
import { LifecycleStage } from '@accord/contracts';
import { CommitTimeWrites } from '@accord/messaging';
import { ScoringDatabase, ScoringTransaction } from '../../database/scoring-database';

interface StageMove {
  leadId: string;
  from: LifecycleStage;
  to: LifecycleStage;
  trigger: string;
  reason: string;
  changedAt: Date;
}

/** Every transition recorded in the order made, and each lead moved to its last one: one statement. */
async function writeMoves(transaction: ScoringTransaction, moves: StageMove[]): Promise<void> {
  const rows = moves.map((move, position) => ({ ...move, position, changedAt: move.changedAt.toISOString() }));
  await transaction.$executeRawUnsafe(
    `WITH moves AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS m(position int, "leadId" uuid, "from" text, "to" text, trigger text, reason text, "changedAt" timestamptz)
     ), moved AS (
       UPDATE lead_scores SET stage = latest."to", stage_changed_at = latest."changedAt"
       FROM (SELECT DISTINCT ON ("leadId") * FROM moves ORDER BY "leadId", position DESC) AS latest
       WHERE lead_scores.lead_id = latest."leadId"
     )
     INSERT INTO stage_transitions (lead_id, from_stage, to_stage, trigger, reason, changed_at)
     SELECT "leadId", "from", "to", trigger, reason, "changedAt" FROM moves ORDER BY position`,
    JSON.stringify(rows),
  );
}

const stageMoves = new CommitTimeWrites<ScoringTransaction, StageMove>(writeMoves);

@Injectable()
export class StageTransitionRepository {
  constructor(private readonly database: ScoringDatabase) {}

  /**
   * Moves the lead to its new stage and records the transition. In a transaction run by
   * `runInTransaction` the moves of all its leads leave together in one statement before any statement
   * of this transaction reads a lead again (`written`), or else just before it commits.
   */
  async move(
    transaction: ScoringTransaction,
    leadId: string,
    from: LifecycleStage,
    to: LifecycleStage,
    trigger: string,
    reason: string,
    changedAt: Date,
  ): Promise<void> {
    await stageMoves.add(transaction, { leadId, from, to, trigger, reason, changedAt });
  }

  /** The moves this transaction has made so far, written now: call before reading a lead's stage. */
  async written(transaction: ScoringTransaction): Promise<void> {
    await stageMoves.flush(transaction);
  }

  async of(leadId: string, limit: number) {
    return this.database.stageTransition.findMany({ where: { leadId }, orderBy: { id: 'desc' }, take: limit });
  }
}
