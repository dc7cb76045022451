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
  acceptDueAt: Date;
  assignedAt: Date;
  record: { id: string; trigger: string };
  timers: Array<{ kind: SlaTimerKind; dueAt: Date }>;
}

@Injectable()
export class AssignmentRepository {
  /**
   * One assignment per MQL event, written for several in one round trip with everything that follows
   * from them: the decision records, the reps' round robin credits (as the last of them left them) and
   * the SLA timers. An event that has an assignment already fails the statement: the caller checks first.
   */
  async createForQualifications(transaction: HandOffTransaction, assignments: NewAssignment[]): Promise<void> {
    if (assignments.length === 0) return;
    const credits = new Map(assignments.flatMap(({ decision }) => [...decision.credits]));
    const rows = assignments.map(({ id, leadId, qualifiedByEventId, decision, acceptDueAt, assignedAt, record }) => ({
      id,
      lead_id: leadId,
      qualified_by_event_id: qualifiedByEventId,
      assignee_kind: decision.assignee.kind,
      assignee_id: decision.assignee.id,
      team_id: decision.teamId,
      rule_id: decision.ruleId,
      reasons: decision.reasons,
      candidates: decision.candidates,
      accept_due_at: acceptDueAt.toISOString(),
      assigned_at: assignedAt.toISOString(),
      record_id: record.id,
      trigger: record.trigger,
    }));
    const timers = assignments.flatMap(({ id, timers: armed }) =>
      armed.map((timer) => ({ id: uuidv7(), assignment_id: id, kind: timer.kind, due_at: timer.dueAt.toISOString() })),
    );
    await transaction.$executeRaw`
      WITH assigned AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS a(id uuid, lead_id uuid, qualified_by_event_id uuid,
          assignee_kind text, assignee_id text, team_id text, rule_id text, reasons jsonb, candidates jsonb, accept_due_at timestamptz,
          assigned_at timestamptz, record_id uuid, trigger text)
      ), created AS (
        INSERT INTO assignments (id, lead_id, qualified_by_event_id, assignee_kind, assignee_id, team_id, reasons, accept_due_at, assigned_at)
        SELECT id, lead_id, qualified_by_event_id, assignee_kind, assignee_id, team_id, reasons, accept_due_at, assigned_at FROM assigned
        RETURNING id
      ), credited AS (
        UPDATE reps SET routing_credit = changed.credit
        FROM (SELECT unnest(${[...credits.keys()]}::text[]) AS id, unnest(${[...credits.values()]}::int[]) AS credit) AS changed
        WHERE reps.id = changed.id
      ), recorded AS (
        INSERT INTO routing_decisions (id, lead_id, assignment_id, trigger, assignee_kind, assignee_id, team_id, rule_id, reasons, candidates, decided_at)
        SELECT a.record_id, a.lead_id, created.id, a.trigger, a.assignee_kind, a.assignee_id, a.team_id, a.rule_id, a.reasons, a.candidates, a.assigned_at
        FROM assigned a JOIN created ON created.id = a.id
      )
      INSERT INTO sla_timers (id, assignment_id, kind, due_at, trace_headers)
      SELECT timer.id, timer.assignment_id, timer.kind, timer.due_at, ${JSON.stringify(traceHeaders())}::jsonb
      FROM jsonb_to_recordset(${JSON.stringify(timers)}::jsonb) AS timer(id uuid, assignment_id uuid, kind text, due_at timestamptz)
      JOIN created ON created.id = timer.assignment_id`;
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
