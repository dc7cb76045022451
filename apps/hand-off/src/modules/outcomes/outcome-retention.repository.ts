import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';

/** The e-mail hashes of outcomes that never found their lead. */
@Injectable()
export class OutcomeRetentionRepository {
  constructor(private readonly database: HandOffDatabase) {}

  /** Forgets the e-mail hash of up to `limit` unmatched outcomes received before the cut-off; says how many. */
  forgetUnmatchedBefore(cutoff: Date, limit: number): Promise<number> {
    return this.database.$executeRaw`
      UPDATE opportunity_outcomes SET email_hash = NULL
      WHERE id IN (
        SELECT id FROM opportunity_outcomes
        WHERE matched_lead_id IS NULL AND email_hash IS NOT NULL AND received_at < ${cutoff}
        ORDER BY received_at LIMIT ${limit})`;
  }
}
