import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { ProblemException, Transactions } from '@accord/platform';
import { HandOffTransaction } from '../../database/hand-off-database';
import { AssignmentRepository } from '../assignments/assignment.repository';
import { RoutingSnapshotRepository } from '../assignments/routing-snapshot.repository';
import { SlaTimerRepository } from '../sla/sla-timer.repository';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { countDecision } from './decision-metrics';
import { Actor } from './domain/actor';
import { applyRepAction, checkDelegation, RepAction } from './domain/rep-action';
import { ConvertRequest, RejectRequest, RecycleRequest } from './rep-action-request.schema';

type Assignment = NonNullable<Awaited<ReturnType<AssignmentRepository['findById']>>>;

const problemStatus = { not_assignee: 403, not_manager: 403, not_marketer: 422, not_allowed: 409 } as const;

/** What a rep does with a lead handed to them; every decision stops the SLA clock and is published. */
@Injectable()
export class RepActionsUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly assignments: AssignmentRepository,
    private readonly snapshot: RoutingSnapshotRepository,
    private readonly timers: SlaTimerRepository,
    private readonly events: HandOffEvents,
  ) {}

  accept(assignmentId: string, actor: Actor) {
    return this.act(assignmentId, actor, 'accept', {}, async (transaction, decision) => {
      await this.events.publish(transaction, 'hand-off.lead.accepted.v1', decision);
    });
  }

  reject(assignmentId: string, actor: Actor, request: RejectRequest) {
    return this.act(assignmentId, actor, 'reject', { rejectionReason: request.reason, statusNote: request.note }, async (transaction, decision) => {
      await this.events.publish(transaction, 'hand-off.lead.rejected.v1', { ...decision, reason: request.reason, note: request.note });
    });
  }

  recycle(assignmentId: string, actor: Actor, request: RecycleRequest) {
    return this.act(assignmentId, actor, 'recycle', { statusNote: request.note }, async (transaction, decision) => {
      await this.events.publish(transaction, 'hand-off.lead.recycled.v1', { ...decision, note: request.note });
    });
  }

  convert(assignmentId: string, actor: Actor, request: ConvertRequest) {
    return this.act(assignmentId, actor, 'convert', { opportunityId: request.opportunityId }, async (transaction, decision, assignment) => {
      await this.events.publish(transaction, 'hand-off.lead.converted.v1', {
        ...decision,
        opportunityId: request.opportunityId,
        track: assignment.track === 'marketing' ? 'marketing' : 'sales',
      });
    });
  }

  /** The sales manager gives a lead (or its opportunity) to a marketer: marketing track, no SLA, wins credited. */
  delegate(assignmentId: string, actor: Actor, marketerId: string) {
    const managerId = actor.id;
    return this.transactions.run(async (transaction: HandOffTransaction) => {
      const assignment = await this.find(transaction, assignmentId);
      const team = assignment.teamId ? await this.snapshot.team(transaction, assignment.teamId) : null;
      const marketer = await transaction.rep.findUnique({ where: { id: marketerId } });
      const check = checkDelegation(assignment, team, actor, marketer);
      if (!check.ok) throw new ProblemException(problemStatus[check.problem], 'Delegation refused', check.detail);
      const now = new Date();
      await this.assignments.setStatus(transaction, assignmentId, {
        status: assignment.status,
        at: now,
        track: 'marketing',
        assigneeId: marketerId,
        delegatedBy: managerId,
      });
      await this.timers.cancelPending(transaction, assignmentId, now);
      const reasons = [`delegated by manager ${managerId} to marketer ${marketerId}: marketing track`];
      await this.assignments.recordDecision(
        transaction,
        { assignee: { kind: 'rep', id: marketerId }, teamId: assignment.teamId, ruleId: null, reasons, candidates: [], credits: new Map() },
        { id: uuidv7(), leadId: assignment.leadId, assignmentId, trigger: 'delegation', decidedAt: now },
      );
      await this.events.publish(transaction, 'hand-off.lead.assigned.v1', {
        leadId: assignment.leadId,
        assignmentId,
        assignee: { kind: 'rep', id: marketerId },
        teamId: assignment.teamId,
        track: 'marketing',
        reasons,
        acceptDueAt: null,
        assignedAt: now.toISOString(),
      });
      return { assignmentId, status: assignment.status, track: 'marketing', assigneeId: marketerId };
    });
  }

  private act(
    assignmentId: string,
    actor: Actor,
    action: RepAction,
    extra: { opportunityId?: string; rejectionReason?: string; statusNote?: string | null },
    announce: (
      transaction: HandOffTransaction,
      decision: { leadId: string; assignmentId: string; repId: string; decidedAt: string },
      assignment: Assignment,
    ) => Promise<void>,
  ) {
    return this.transactions.run(async (transaction: HandOffTransaction) => {
      const assignment = await this.find(transaction, assignmentId);
      const result = applyRepAction(assignment, actor, action);
      const repId = actor.id;
      if (!result.ok) throw new ProblemException(problemStatus[result.problem], 'Action refused', result.detail);
      const now = new Date();
      await this.assignments.setStatus(transaction, assignmentId, { status: result.status, at: now, ...extra });
      await this.timers.cancelPending(transaction, assignmentId, now);
      await announce(transaction, { leadId: assignment.leadId, assignmentId, repId, decidedAt: now.toISOString() }, assignment);
      countDecision(transaction, action, extra.rejectionReason);
      return { assignmentId, status: result.status };
    });
  }

  private async find(transaction: HandOffTransaction, assignmentId: string): Promise<Assignment> {
    const assignment = await this.assignments.lock(transaction, assignmentId);
    if (!assignment) throw new ProblemException(404, 'Assignment not found', `No assignment has id ${assignmentId}.`);
    return assignment;
  }
}
