import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { HandOffTransaction } from '../../database/hand-off-database';
import { slaDeadlines, SlaDeadlines } from '../sla/domain/sla-deadlines';
import { timersFor } from '../sla/domain/sla-timers';
import { teamCalendar } from '../sla/domain/team-calendar';
import { LeadProfileRepository } from '../lead-profiles/lead-profile.repository';
import { MatchOutcomesUseCase } from '../outcomes/match-outcomes.usecase';
import { SlaTimerRepository } from '../sla/sla-timer.repository';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { countAssignment } from './assignment-metrics';
import { AssignmentRepository } from './assignment.repository';
import { LeadForRouting } from './domain/lead-for-routing';
import { chooseDestination, decideRouting, pickTeamRep, RoutingDecision } from './domain/route-lead';
import { RoutingSnapshotRepository } from './routing-snapshot.repository';

/**
 * Routes each MQL once, as a new assignment: account owner, then rules and round robin, then the
 * fallback queue. A lead qualified again after marketing got it back is routed again.
 */
@Injectable()
export class AssignLeadUseCase {
  constructor(
    private readonly snapshot: RoutingSnapshotRepository,
    private readonly profiles: LeadProfileRepository,
    private readonly assignments: AssignmentRepository,
    private readonly timers: SlaTimerRepository,
    private readonly events: HandOffEvents,
    private readonly matchOutcomes: MatchOutcomesUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {}

  async execute(stageChanged: AccordEvent<'scoring.lead.stage-changed.v1'>, transaction: HandOffTransaction): Promise<void> {
    const { leadId, to, changedAt, routingFacts } = stageChanged.payload;
    if (to !== 'mql') return;
    // The facts scoring qualified on may be newer than what enrichment's own event has brought here yet.
    await this.profiles.mergeNewest(transaction, leadId, routingFacts ?? {});
    if (await this.assignments.isRouted(transaction, leadId, stageChanged.id)) return;
    const assignedAt = new Date();
    const qualifiedAt = new Date(changedAt);
    const lead = await this.snapshot.lead(transaction, leadId);
    const decision = await this.decide(transaction, lead, assignedAt);
    const deadlines = await this.deadlines(transaction, decision, qualifiedAt);
    const assignmentId = uuidv7();
    const created = await this.assignments.createForQualification(transaction, {
      id: assignmentId,
      leadId,
      qualifiedByEventId: stageChanged.id,
      decision,
      acceptDueAt: deadlines.dueAt,
      assignedAt,
    });
    if (!created) return;
    await this.snapshot.saveCredits(transaction, decision.credits);
    await this.assignments.recordDecision(transaction, decision, {
      id: uuidv7(),
      leadId,
      assignmentId,
      trigger: 'mql',
      decidedAt: assignedAt,
    });
    if (decision.assignee.kind === 'rep') {
      await this.timers.schedule(transaction, assignmentId, timersFor(deadlines));
    }
    await this.events.publish(
      transaction,
      'hand-off.lead.assigned.v1',
      {
        leadId,
        assignmentId,
        assignee: decision.assignee,
        teamId: decision.teamId,
        track: 'sales',
        reasons: decision.reasons,
        acceptDueAt: deadlines.dueAt.toISOString(),
        assignedAt: assignedAt.toISOString(),
      },
      stageChanged,
    );
    countAssignment(transaction, decision.assignee.kind, decision.teamId);
    await this.matchOutcomes.forLead(transaction, leadId, stageChanged, { emailHash: lead.emailHash ?? null });
  }

  private async decide(transaction: HandOffTransaction, lead: LeadForRouting, now: Date): Promise<RoutingDecision> {
    const owner = lead.accountOwnerId ? await this.snapshot.accountOwner(transaction, lead.accountOwnerId, now) : null;
    const [rules, territories] = await Promise.all([this.snapshot.rules(transaction), this.snapshot.territories(transaction)]);
    const destination = chooseDestination(lead, owner, rules, territories);
    const teamPick =
      destination.kind === 'team' ? pickTeamRep(await this.snapshot.lockTeamReps(transaction, destination.rule.teamId, now), now) : null;
    return decideRouting(destination, teamPick, this.config.FALLBACK_QUEUE);
  }

  private async deadlines(transaction: HandOffTransaction, decision: RoutingDecision, qualifiedAt: Date): Promise<SlaDeadlines> {
    const team = decision.assignee.kind === 'rep' && decision.teamId ? await this.snapshot.team(transaction, decision.teamId) : null;
    if (team) return slaDeadlines(qualifiedAt, team, teamCalendar(team));
    return { dueAt: new Date(qualifiedAt.getTime() + this.config.FALLBACK_ACCEPT_WITHIN_HOURS * 3_600_000), remindAt: null };
  }
}
