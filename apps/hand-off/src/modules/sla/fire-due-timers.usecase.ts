import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { SERVICE_CONFIG, Transactions } from '@accord/platform';
import { withSpanFromHeaders } from '@accord/telemetry';
import { HandOffConfig } from '../../config/hand-off-config';
import { HandOffTransaction } from '../../database/hand-off-database';
import { AssignmentRepository } from '../assignments/assignment.repository';
import { pickTeamRep } from '../assignments/domain/route-lead';
import { RoutingSnapshotRepository, TeamForRouting } from '../assignments/routing-snapshot.repository';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { slaDeadlines } from './domain/sla-deadlines';
import { timersFor } from './domain/sla-timers';
import { teamCalendar } from './domain/team-calendar';
import { DueTimer, SlaTimerRepository } from './sla-timer.repository';
import { countSlaEvent } from './sla-metrics';

type Assignment = NonNullable<Awaited<ReturnType<AssignmentRepository['findById']>>>;

/**
 * Fires the reminders and breaches that are due. Each timer is claimed with SKIP LOCKED and marked
 * fired in the transaction that publishes its event, so it fires once across instances and restarts.
 */
@Injectable()
export class FireDueTimersUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly timers: SlaTimerRepository,
    private readonly assignments: AssignmentRepository,
    private readonly snapshot: RoutingSnapshotRepository,
    private readonly events: HandOffEvents,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {}

  /** Returns how many timers it handled, so the caller can go again at once when there were many. */
  execute(now = new Date()): Promise<number> {
    return this.transactions.run(async (transaction: HandOffTransaction) => {
      const due = await this.timers.claimDue(transaction, now, this.config.SLA_BATCH_SIZE);
      for (const timer of due) await this.fireInTrace(transaction, timer, now);
      return due.length;
    });
  }

  /** A firing continues the trace of the work that armed the timer, so the lead's trace shows it. */
  private fireInTrace(transaction: HandOffTransaction, timer: DueTimer, now: Date): Promise<void> {
    const options = {
      kind: 'internal' as const,
      attributes: { leadId: timer.leadId ?? undefined },
      extraAttributes: { 'accord.sla.timer_kind': timer.kind },
    };
    return withSpanFromHeaders(timer.traceHeaders, `sla ${timer.kind} fire`, options, () => this.fire(transaction, timer, now));
  }

  private async fire(transaction: HandOffTransaction, timer: DueTimer, now: Date): Promise<void> {
    const assignment = await this.assignments.lock(transaction, timer.assignmentId);
    if (!assignment || assignment.status !== 'assigned' || assignment.assigneeKind !== 'rep') {
      await this.timers.cancelPending(transaction, timer.assignmentId, now);
      return;
    }
    const team = assignment.teamId ? await this.snapshot.team(transaction, assignment.teamId) : null;
    if (timer.kind === 'reminder') {
      await this.timers.markFired(transaction, timer.id, now);
      await this.events.publish(transaction, 'hand-off.sla.reminded.v1', {
        leadId: assignment.leadId,
        assignmentId: assignment.id,
        teamId: assignment.teamId,
        assignee: { kind: 'rep', id: assignment.assigneeId },
        dueAt: timer.dueAt.toISOString(),
        remindedAt: now.toISOString(),
      });
      countSlaEvent(transaction, 'reminded', assignment.teamId);
      return;
    }
    const reassignedTo = team?.reassignOnBreach ? await this.reassign(transaction, assignment, team, now) : null;
    if (!reassignedTo) await this.timers.markFired(transaction, timer.id, now);
    await this.events.publish(transaction, 'hand-off.sla.breached.v1', {
      leadId: assignment.leadId,
      assignmentId: assignment.id,
      teamId: assignment.teamId,
      dueAt: timer.dueAt.toISOString(),
      breachedAt: now.toISOString(),
      escalatedTo: team?.managerId ?? null,
      reassigned: reassignedTo !== null,
    });
    countSlaEvent(transaction, 'breached', assignment.teamId, reassignedTo !== null);
  }

  /** Hands the lead to another eligible rep of the team, with a fresh SLA; null when nobody can take it. */
  private async reassign(transaction: HandOffTransaction, assignment: Assignment, team: TeamForRouting, now: Date) {
    const pick = pickTeamRep(await this.snapshot.lockTeamReps(transaction, team.id, now), now, [assignment.assigneeId]);
    if (!pick.repId) return null;
    const deadlines = slaDeadlines(now, team, teamCalendar(team));
    const reasons = [`SLA breached by ${assignment.assigneeId}: reassigned within team ${team.id}`, `weighted round robin chose ${pick.repId}`];
    await this.snapshot.saveCredits(transaction, pick.credits);
    this.snapshot.recordAssignment(transaction, { teamId: team.id, repId: pick.repId, credits: pick.credits, from: assignment.assigneeId });
    await this.assignments.reassign(transaction, assignment.id, pick.repId, deadlines.dueAt, now);
    await this.timers.rearm(transaction, assignment.id, timersFor(deadlines));
    await this.assignments.recordDecision(
      transaction,
      { assignee: { kind: 'rep', id: pick.repId }, teamId: team.id, ruleId: null, reasons, candidates: pick.candidates, credits: pick.credits },
      { id: uuidv7(), leadId: assignment.leadId, assignmentId: assignment.id, trigger: 'sla_breach', decidedAt: now },
    );
    await this.events.publish(transaction, 'hand-off.lead.assigned.v1', {
      leadId: assignment.leadId,
      assignmentId: assignment.id,
      assignee: { kind: 'rep', id: pick.repId },
      teamId: team.id,
      track: 'sales',
      reasons,
      acceptDueAt: deadlines.dueAt.toISOString(),
      assignedAt: now.toISOString(),
    });
    return pick.repId;
  }
}
