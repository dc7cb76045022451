import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { traceHeaders } from '@accord/telemetry';
import { HandOffTransaction } from '../../database/hand-off-database';

export type SlaTimerKind = 'reminder' | 'breach';

export interface DueTimer {
  id: string;
  assignmentId: string;
  kind: SlaTimerKind;
  dueAt: Date;
  leadId: string | null;
  traceHeaders: Record<string, string>;
}

@Injectable()
export class SlaTimerRepository {
  async schedule(transaction: HandOffTransaction, assignmentId: string, timers: Array<{ kind: SlaTimerKind; dueAt: Date }>) {
    const trace = traceHeaders();
    await transaction.slaTimer.createMany({
      data: timers.map((timer) => ({ id: uuidv7(), assignmentId, ...timer, traceHeaders: trace })),
      skipDuplicates: true,
    });
  }

  /** After a reassignment the same timers count again, from the new hand-over. */
  async rearm(transaction: HandOffTransaction, assignmentId: string, timers: Array<{ kind: SlaTimerKind; dueAt: Date }>) {
    await transaction.slaTimer.deleteMany({ where: { assignmentId } });
    await this.schedule(transaction, assignmentId, timers);
  }

  /** Due timers no other instance holds; they stay locked until the caller's transaction ends. */
  claimDue(transaction: HandOffTransaction, now: Date, limit: number): Promise<DueTimer[]> {
    return transaction.$queryRaw<DueTimer[]>`
      SELECT id, assignment_id AS "assignmentId", kind, due_at AS "dueAt", trace_headers AS "traceHeaders",
        (SELECT a.lead_id::text FROM assignments a WHERE a.id = sla_timers.assignment_id) AS "leadId"
      FROM sla_timers
      WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= ${now}
      ORDER BY due_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
  }

  async markFired(transaction: HandOffTransaction, id: string, firedAt: Date): Promise<void> {
    await transaction.slaTimer.updateMany({ where: { id }, data: { firedAt } });
  }

  async cancelPending(transaction: HandOffTransaction, assignmentId: string, at: Date): Promise<void> {
    await transaction.slaTimer.updateMany({ where: { assignmentId, firedAt: null, cancelledAt: null }, data: { cancelledAt: at } });
  }
}
