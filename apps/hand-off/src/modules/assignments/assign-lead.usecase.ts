import { Inject, Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { AccordEvent } from '@accord/contracts';
import { ChunkWideStatement } from '@accord/messaging';
import { SERVICE_CONFIG } from '@accord/platform';
import { HandOffConfig } from '../../config/hand-off-config';
import { HandOffTransaction } from '../../database/hand-off-database';
import { slaDeadlines, SlaDeadlines } from '../sla/domain/sla-deadlines';
import { timersFor } from '../sla/domain/sla-timers';
import { teamCalendar } from '../sla/domain/team-calendar';
import { FactReport, LeadProfileRepository } from '../lead-profiles/lead-profile.repository';
import { MatchOutcomesUseCase } from '../outcomes/match-outcomes.usecase';
import { HandOffEvents } from '../webhooks/hand-off-events';
import { countAssignment } from './assignment-metrics';
import { AssignmentRepository, NewAssignment } from './assignment.repository';
import { LeadForRouting } from './domain/lead-for-routing';
import { chooseDestination, decideRouting, pickTeamRep, RoutingDecision } from './domain/route-lead';
import { Qualification, RoutingConfiguration, RoutingSnapshotRepository, TeamForRouting } from './routing-snapshot.repository';

type StageChanged = AccordEvent<'scoring.lead.stage-changed.v1'>;

const factReport = (event: StageChanged): FactReport => ({ leadId: event.payload.leadId, reported: event.payload.routingFacts ?? {} });
const qualification = (event: StageChanged): Qualification => ({ leadId: event.payload.leadId, qualifiedByEventId: event.id });

/**
 * Routes each MQL once, as a new assignment: account owner, then rules and round robin, then the
 * fallback queue. A lead qualified again after marketing got it back is routed again.
 */
@Injectable()
export class AssignLeadUseCase {
  /** The assignments of a chunk's MQLs, decided one after the other and written together. */
  private readonly assignedAhead = new ChunkWideStatement<HandOffTransaction, StageChanged, NewAssignment | null>(
    (transaction, qualified) => this.assignAll(transaction, qualified),
    (event) => event.id,
  );

  constructor(
    private readonly snapshot: RoutingSnapshotRepository,
    private readonly profiles: LeadProfileRepository,
    private readonly assignments: AssignmentRepository,
    private readonly events: HandOffEvents,
    private readonly matchOutcomes: MatchOutcomesUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: HandOffConfig,
  ) {}

  /**
   * `upcoming` are the MQLs this transaction routes next (each lead's next event in the chunk): they are
   * decided and written with this one, so a team's lock is held for a few statements, not for a chunk of them.
   */
  async execute(stageChanged: StageChanged, transaction: HandOffTransaction, upcoming: StageChanged[] = []): Promise<void> {
    const { leadId, to } = stageChanged.payload;
    if (to !== 'mql') return;
    const assignment = await this.assignedAhead.answer(transaction, stageChanged, upcoming);
    if (!assignment) return;
    const { decision } = assignment;
    await this.events.publish(
      transaction,
      'hand-off.lead.assigned.v1',
      {
        leadId,
        assignmentId: assignment.id,
        assignee: decision.assignee,
        teamId: decision.teamId,
        track: 'sales',
        reasons: decision.reasons,
        acceptDueAt: assignment.acceptDueAt.toISOString(),
        assignedAt: assignment.assignedAt.toISOString(),
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

  /** One assignment for each MQL not routed yet (null for the others), in the order given, all written in one statement. */
  private async assignAll(transaction: HandOffTransaction, qualified: StageChanged[]): Promise<Array<NewAssignment | null>> {
    // The facts scoring qualified on may be newer than what enrichment's own event has brought here yet.
    const leads = await this.profiles.mergeNewestOf(transaction, qualified.map(factReport));
    const configurations = await this.snapshot.routingConfigurations(transaction, qualified.map(qualification));
    // Before any team's lock, so that lock is held for as few statements as possible.
    await this.matchOutcomes.prepare(
      transaction,
      qualified.filter((_, index) => configurations[index] !== null).map((event) => event.payload.leadId),
    );
    const assignedAt = new Date();
    const assignments: Array<NewAssignment | null> = [];
    for (const [index, event] of qualified.entries()) {
      const configuration = configurations[index];
      if (!configuration) {
        assignments.push(null);
        continue;
      }
      const { decision, lockedTeam } = await this.decide(transaction, leads[index], configuration, assignedAt);
      const deadlines = await this.deadlines(transaction, decision, lockedTeam, new Date(event.payload.changedAt));
      this.snapshot.recordAssignment(transaction, {
        teamId: decision.teamId,
        repId: decision.assignee.kind === 'rep' ? decision.assignee.id : null,
        credits: decision.credits,
      });
      assignments.push({
        id: uuidv7(),
        leadId: event.payload.leadId,
        qualifiedByEventId: event.id,
        decision,
        acceptDueAt: deadlines.dueAt,
        assignedAt,
        record: { id: uuidv7(), trigger: 'mql' },
        timers: decision.assignee.kind === 'rep' ? timersFor(deadlines) : [],
      });
    }
    await this.assignments.createForQualifications(
      transaction,
      assignments.filter((assignment): assignment is NewAssignment => assignment !== null),
    );
    return assignments;
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
