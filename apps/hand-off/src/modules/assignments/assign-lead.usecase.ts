import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { HandOffTransaction } from '../../database/hand-off-database';
import { slaDeadlines, SlaDeadlines } from '../sla/domain/sla-deadlines';
import { timersFor } from '../sla/domain/sla-timers';
import { teamCalendar } from '../sla/domain/team-calendar';
import { EventFactReport, LeadProfileRepository } from '../lead-profiles/lead-profile.repository';
import { MatchOutcomesUseCase } from '../outcomes/match-outcomes.usecase';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { countAssignment } from './assignment-metrics';
import { AssignmentRepository } from './assignment.repository';
import { LeadForRouting } from './domain/lead-for-routing';
import { chooseDestination, decideRouting, pickTeamRep, RoutingDecision } from './domain/route-lead';
import { Qualification, RoutingConfiguration, RoutingSnapshotRepository, TeamForRouting } from './routing-snapshot.repository';

type StageChanged = AccordEvent<'scoring.lead.stage-changed.v1'>;

const factReport = (event: StageChanged): EventFactReport => ({ eventId: event.id, leadId: event.payload.leadId, reported: event.payload.routingFacts ?? {} });
const qualification = (event: StageChanged): Qualification => ({ leadId: event.payload.leadId, qualifiedByEventId: event.id });

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
    private readonly events: HandOffEvents,
    private readonly matchOutcomes: MatchOutcomesUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {}

  /**
   * `upcoming` are the MQLs this transaction routes next (each lead's next event in the chunk): what this
   * decision reads and locks first is read and locked for them in the same statements.
   */
  async execute(stageChanged: StageChanged, transaction: HandOffTransaction, upcoming: StageChanged[] = []): Promise<void> {
    const { leadId, to, changedAt } = stageChanged.payload;
    if (to !== 'mql') return;
    // The facts scoring qualified on may be newer than what enrichment's own event has brought here yet.
    const lead = await this.profiles.mergeNewestAhead(transaction, factReport(stageChanged), upcoming.map(factReport));
    const configuration = await this.snapshot.routingConfiguration(transaction, qualification(stageChanged), upcoming.map(qualification));
    if (!configuration) return;
    const assignedAt = new Date();
    const qualifiedAt = new Date(changedAt);
    const { decision, lockedTeam } = await this.decide(transaction, lead, configuration, assignedAt);
    const deadlines = await this.deadlines(transaction, decision, lockedTeam, qualifiedAt);
    const assignmentId = uuidv7();
    const created = await this.assignments.createForQualification(transaction, {
      id: assignmentId,
      leadId,
      qualifiedByEventId: stageChanged.id,
      decision,
      acceptDueAt: deadlines.dueAt,
      assignedAt,
      record: { id: uuidv7(), trigger: 'mql' },
      timers: decision.assignee.kind === 'rep' ? timersFor(deadlines) : [],
    });
    if (!created) return;
    this.snapshot.recordAssignment(transaction, {
      teamId: decision.teamId,
      repId: decision.assignee.kind === 'rep' ? decision.assignee.id : null,
      credits: decision.credits,
    });
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
    await this.matchOutcomes.forLead(
      transaction,
      leadId,
      stageChanged,
      upcoming.map((next) => next.payload.leadId),
    );
  }

  /** The decision, and the team row it locked to take its turn in the round robin (null when none was locked). */
  private async decide(
    transaction: HandOffTransaction,
    lead: LeadForRouting,
    { rules, territories }: RoutingConfiguration,
    now: Date,
  ): Promise<{ decision: RoutingDecision; lockedTeam: TeamForRouting | null }> {
    const owner = lead.accountOwnerId ? await this.snapshot.accountOwner(transaction, lead.accountOwnerId, now) : null;
    const destination = chooseDestination(lead, owner, rules, territories);
    if (destination.kind !== 'team') return { decision: decideRouting(destination, null, this.config.FALLBACK_QUEUE), lockedTeam: null };
    const lockedTeam = await this.snapshot.lockTeam(transaction, destination.rule.teamId);
    const teamPick = pickTeamRep(await this.snapshot.lockTeamReps(transaction, destination.rule.teamId, now), now);
    return { decision: decideRouting(destination, teamPick, this.config.FALLBACK_QUEUE), lockedTeam };
  }

  private async deadlines(
    transaction: HandOffTransaction,
    decision: RoutingDecision,
    lockedTeam: TeamForRouting | null,
    qualifiedAt: Date,
  ): Promise<SlaDeadlines> {
    const teamId = decision.assignee.kind === 'rep' ? decision.teamId : null;
    const team = teamId && lockedTeam?.id === teamId ? lockedTeam : teamId ? await this.snapshot.team(transaction, teamId) : null;
    if (team) return slaDeadlines(qualifiedAt, team, teamCalendar(team));
    return { dueAt: new Date(qualifiedAt.getTime() + this.config.FALLBACK_ACCEPT_WITHIN_HOURS * 3_600_000), remindAt: null };
  }
}
