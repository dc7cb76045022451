import { Injectable } from '@nestjs/common';
import { PerTransaction } from '@accord/messaging';
import { rememberConfigurationVersion } from '../../database/configuration-version';
import { HandOffTransaction } from '../../database/hand-off-database';
import { WorkingHours } from '../organization/domain/working-hours';
import { openAssignmentStatuses } from './domain/assignment-lifecycle';
import { RoutingRule, RuleConditions, Territory } from './domain/lead-for-routing';
import { AccountOwner } from './domain/route-lead';

export interface TeamForRouting {
  id: string;
  managerId: string | null;
  timeZone: string;
  workingHours: WorkingHours;
  holidayCountry: string | null;
  holidayRegion: string | null;
  acceptWithinBusinessHours: number;
  remindBeforeMinutes: number;
  reassignOnBreach: boolean;
}

export interface RoutingConfiguration {
  rules: RoutingRule[];
  territories: Territory[];
}

/** A team a transaction holds locked, with its reps as the round robin sees them once read. */
interface LockedTeam {
  team: TeamForRouting;
  reps?: AccountOwner[];
}

/** An MQL to route: its lead and the event that qualified it. */
export interface Qualification {
  leadId: string;
  qualifiedByEventId: string;
}


/** Reads what a routing decision depends on, and keeps the round robin state. */
@Injectable()
export class RoutingSnapshotRepository {
  private cached: { version: string; configuration: RoutingConfiguration } | null = null;
  /** The teams each open transaction has locked, with their reps once read. */
  private readonly lockedTeams = new PerTransaction<HandOffTransaction, Map<string, LockedTeam>>(() => new Map());

  /**
   * For each MQL, null when the lead is still sales' to work or this MQL was answered already: nothing to
   * route. Otherwise the rules and territories to route it by, read again only when their version moved;
   * the version is checked in the same round trip, so a change applies from the very next chunk of MQLs.
   */
  async routingConfigurations(transaction: HandOffTransaction, qualifications: Qualification[]): Promise<Array<RoutingConfiguration | null>> {
    const states = await transaction.$queryRaw<Array<{ routed: boolean; version: string | null }>>`
      SELECT EXISTS (SELECT 1 FROM assignments WHERE lead_id = asked.lead_id AND status = ANY(${[...openAssignmentStatuses]}::text[]))
             OR EXISTS (SELECT 1 FROM assignments WHERE qualified_by_event_id = asked.event_id) AS routed,
             (SELECT version::text FROM routing_configuration) AS version
      FROM unnest(${qualifications.map((q) => q.leadId)}::uuid[], ${qualifications.map((q) => q.qualifiedByEventId)}::uuid[])
           WITH ORDINALITY AS asked(lead_id, event_id, position)
      ORDER BY asked.position`;
    const version = states[0]?.version ?? null;
    if (version !== null) rememberConfigurationVersion(transaction, version);
    if (states.every((state) => state.routed)) return states.map(() => null);
    const configuration = await this.configurationAt(transaction, version);
    return states.map((state) => (state.routed ? null : configuration));
  }

  private async configurationAt(transaction: HandOffTransaction, version: string | null): Promise<RoutingConfiguration> {
    if (version === null) return this.readConfiguration(transaction);
    // Read after the version, so what is cached is never older than the version it is kept under.
    if (this.cached?.version === version) return this.cached.configuration;
    const configuration = await this.readConfiguration(transaction);
    this.cached = { version, configuration };
    return configuration;
  }

  private async readConfiguration(transaction: HandOffTransaction): Promise<RoutingConfiguration> {
    const rules = await transaction.routingRule.findMany({ where: { enabled: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    return {
      rules: rules.map((rule) => ({ id: rule.id, name: rule.name, teamId: rule.teamId, conditions: rule.conditions as RuleConditions })),
      territories: await transaction.territory.findMany(),
    };
  }

  async team(transaction: HandOffTransaction, teamId: string): Promise<TeamForRouting | null> {
    const team = await transaction.team.findUnique({ where: { id: teamId } });
    return team ? { ...team, workingHours: team.workingHours as unknown as WorkingHours } : null;
  }

  /**
   * Locks the team so concurrent decisions for it take turns, and reads it in the same round trip. The
   * lock lasts until the transaction ends and nobody can change the row meanwhile, so later decisions of
   * the same transaction (a chunk of MQLs) reuse the row without asking again.
   */
  async lockTeam(transaction: HandOffTransaction, teamId: string): Promise<TeamForRouting | null> {
    const locked = this.lockedTeams.of(transaction);
    const held = locked.get(teamId);
    if (held) return held.team;
    const [team] = await transaction.$queryRaw<TeamForRouting[]>`
      SELECT id, manager_id AS "managerId", time_zone AS "timeZone", working_hours AS "workingHours",
             holiday_country AS "holidayCountry", holiday_region AS "holidayRegion",
             accept_within_business_hours AS "acceptWithinBusinessHours", remind_before_minutes AS "remindBeforeMinutes",
             reassign_on_breach AS "reassignOnBreach"
      FROM teams WHERE id = ${teamId} FOR UPDATE`;
    // Only a row that exists is locked; a missing team is asked for again.
    if (team) locked.set(teamId, { team });
    return team ?? null;
  }

  async accountOwner(transaction: HandOffTransaction, repId: string, now: Date): Promise<AccountOwner | null> {
    const [owner] = await this.reps(transaction, { repId }, now);
    return owner ?? null;
  }

  /**
   * The team's reps as the round robin sees them, under the team's lock (taken here): read once per
   * transaction, with the transaction's own assignments applied as it makes them (`recordAssignment`), so
   * a chunk of MQLs for one team reads its reps once. Absences are as they stood at the first read.
   */
  async lockTeamReps(transaction: HandOffTransaction, teamId: string, now: Date): Promise<AccountOwner[]> {
    await this.lockTeam(transaction, teamId);
    const held = this.lockedTeams.of(transaction).get(teamId);
    if (held?.reps) return held.reps;
    const reps = await this.reps(transaction, { teamId }, now);
    if (held) held.reps = reps;
    return reps;
  }

  /** What an assignment made in this transaction changes in the reps it has read: new credits, and one more open assignment for the assignee (one fewer for `from`). */
  recordAssignment(transaction: HandOffTransaction, change: { teamId: string | null; repId: string | null; credits: Map<string, number>; from?: string }): void {
    const reps = change.teamId ? this.lockedTeams.peek(transaction)?.get(change.teamId)?.reps : undefined;
    for (const rep of reps ?? []) {
      rep.routingCredit = change.credits.get(rep.id) ?? rep.routingCredit;
      if (rep.id === change.repId) rep.openAssignments += 1;
      if (rep.id === change.from) rep.openAssignments -= 1;
    }
  }

  async saveCredits(transaction: HandOffTransaction, credits: Map<string, number>): Promise<void> {
    if (credits.size === 0) return;
    await transaction.$executeRaw`
      UPDATE reps SET routing_credit = changed.credit
      FROM (SELECT unnest(${[...credits.keys()]}::text[]) AS id, unnest(${[...credits.values()]}::int[]) AS credit) AS changed
      WHERE reps.id = changed.id`;
  }

  /** Reps with how many open assignments they hold and whether an absence covers `now`, in one query. */
  private async reps(transaction: HandOffTransaction, where: { repId?: string; teamId?: string }, now: Date): Promise<AccountOwner[]> {
    return transaction.$queryRaw<AccountOwner[]>`
      SELECT r.id, r.team_id AS "teamId", r.role, r.weight, r.capacity, r.time_zone AS "timeZone",
             r.working_hours AS "workingHours", r.active, r.routing_credit AS "routingCredit",
             (SELECT count(*)::int FROM assignments a
                WHERE a.assignee_kind = 'rep' AND a.assignee_id = r.id AND a.status IN ('assigned', 'accepted')) AS "openAssignments",
             EXISTS (SELECT 1 FROM rep_absences x
                WHERE x.rep_id = r.id AND x.starts_at <= ${now} AND x.ends_at > ${now}) AS "outOfOffice"
      FROM reps r
      WHERE (${where.repId ?? null}::text IS NULL OR r.id = ${where.repId ?? null})
        AND (${where.teamId ?? null}::text IS NULL OR r.team_id = ${where.teamId ?? null})
      ORDER BY r.id`;
  }
}
