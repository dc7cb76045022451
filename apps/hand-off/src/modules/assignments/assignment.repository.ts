import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { traceHeaders } from '@accord/telemetry';
import { Prisma } from '../../generated/prisma/client';
import { HandOffTransaction } from '../../database/hand-off-database';
import { SlaTimerKind } from '../sla/sla-timer.repository';
import { openAssignmentStatuses } from './domain/assignment-lifecycle';
import { RoutingDecision } from './domain/route-lead';

export interface NewAssignment {
  id: string;
  leadId: string;
  qualifiedByEventId: string;
  decision: RoutingDecision;
  acceptDueAt: Date | null;
  assignedAt: Date;
  record: { id: string; trigger: string };
  timers: Array<{ kind: SlaTimerKind; dueAt: Date }>;
}

@Injectable()
export class AssignmentRepository {
  /**
   * One assignment per MQL event, written in one round trip with everything that follows from it: the
   * decision record, the reps' round robin credits and the SLA timers. False, and nothing written,
   * when this event already has one.
   */
  async createForQualification(transaction: HandOffTransaction, assignment: NewAssignment): Promise<boolean> {
    const { decision, record, timers } = assignment;
    const [written] = await transaction.$queryRaw<Array<{ created: number }>>`
      WITH created AS (
        INSERT INTO assignments (id, lead_id, qualified_by_event_id, assignee_kind, assignee_id, team_id, reasons, accept_due_at, assigned_at)
        VALUES (${assignment.id}::uuid, ${assignment.leadId}::uuid, ${assignment.qualifiedByEventId}::uuid, ${decision.assignee.kind},
                ${decision.assignee.id}, ${decision.teamId}, ${JSON.stringify(decision.reasons)}::jsonb,
                ${assignment.acceptDueAt?.toISOString() ?? null}::timestamptz, ${assignment.assignedAt.toISOString()}::timestamptz)
        ON CONFLICT DO NOTHING
        RETURNING id
      ), credited AS (
        UPDATE reps SET routing_credit = changed.credit
        FROM created, (SELECT unnest(${[...decision.credits.keys()]}::text[]) AS id, unnest(${[...decision.credits.values()]}::int[]) AS credit) AS changed
        WHERE reps.id = changed.id
      ), recorded AS (
        INSERT INTO routing_decisions (id, lead_id, assignment_id, trigger, assignee_kind, assignee_id, team_id, rule_id, reasons, candidates, decided_at)
        SELECT ${record.id}::uuid, ${assignment.leadId}::uuid, created.id, ${record.trigger}::text, ${decision.assignee.kind}::text,
               ${decision.assignee.id}::text, ${decision.teamId}::text, ${decision.ruleId}::text, ${JSON.stringify(decision.reasons)}::jsonb, ${JSON.stringify(decision.candidates)}::jsonb,
               ${assignment.assignedAt.toISOString()}::timestamptz
        FROM created
      ), timed AS (
        INSERT INTO sla_timers (id, assignment_id, kind, due_at, trace_headers)
        SELECT timer.id, created.id, timer.kind, timer.due_at, ${JSON.stringify(traceHeaders())}::jsonb
        FROM created, unnest(${timers.map(() => uuidv7())}::uuid[], ${timers.map((timer) => timer.kind)}::text[],
                             ${timers.map((timer) => timer.dueAt.toISOString())}::timestamptz[]) AS timer(id, kind, due_at)
        ON CONFLICT DO NOTHING
      )
      SELECT count(*)::int AS created FROM created`;
    return written.created === 1;
  }

  async recordDecision(
    transaction: HandOffTransaction,
    decision: RoutingDecision,
    context: { id: string; leadId: string; assignmentId: string; trigger: string; decidedAt: Date },
  ): Promise<void> {
    await transaction.routingDecision.create({
      data: {
        ...context,
        assigneeKind: decision.assignee.kind,
        assigneeId: decision.assignee.id,
        teamId: decision.teamId,
        ruleId: decision.ruleId,
        reasons: decision.reasons,
        candidates: decision.candidates as unknown as Prisma.InputJsonValue,
      },
    });
  }

  findById(transaction: HandOffTransaction, id: string) {
    return transaction.assignment.findUnique({ where: { id } });
  }

  /** Locks the assignment so a rep action and a firing timer never act on it at the same time. */
  async lock(transaction: HandOffTransaction, id: string) {
    await transaction.$queryRaw`SELECT id FROM assignments WHERE id = ${id}::uuid FOR UPDATE`;
    return this.findById(transaction, id);
  }

  /** The lead's open assignments, locked against rep actions and firing timers. */
  async lockOpen(transaction: HandOffTransaction, leadId: string): Promise<string[]> {
    const rows = await transaction.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM assignments WHERE lead_id = ${leadId}::uuid AND status = ANY(${[...openAssignmentStatuses]}::text[]) FOR UPDATE`;
    return rows.map((row) => row.id);
  }

  async reassign(transaction: HandOffTransaction, id: string, repId: string, acceptDueAt: Date, at: Date): Promise<void> {
    await transaction.assignment.update({
      where: { id },
      data: { assigneeKind: 'rep', assigneeId: repId, acceptDueAt, assignedAt: at, status: 'assigned', statusAt: at },
    });
  }

  async setStatus(
    transaction: HandOffTransaction,
    id: string,
    change: {
      status: string;
      at: Date;
      opportunityId?: string;
      track?: string;
      assigneeId?: string;
      delegatedBy?: string;
      rejectionReason?: string;
      statusNote?: string | null;
    },
  ): Promise<void> {
    const { status, at, ...rest } = change;
    await transaction.assignment.update({ where: { id }, data: { status, statusAt: at, ...rest } });
  }
}
