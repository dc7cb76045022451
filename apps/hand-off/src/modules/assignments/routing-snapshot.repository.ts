import { Injectable } from '@nestjs/common';
import { HandOffTransaction } from '../../database/hand-off-database';
import { WorkingHours } from '../organization/domain/working-hours';
import { LeadForRouting, RoutingRule, RuleConditions, Territory } from './domain/lead-for-routing';
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

/** Reads what a routing decision depends on, and keeps the round robin state. */
@Injectable()
export class RoutingSnapshotRepository {
  async lead(transaction: HandOffTransaction, leadId: string): Promise<LeadForRouting> {
    return (await transaction.leadProfile.findUnique({ where: { leadId } })) ?? {};
  }

  async rules(transaction: HandOffTransaction): Promise<RoutingRule[]> {
    const rules = await transaction.routingRule.findMany({ where: { enabled: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    return rules.map((rule) => ({ id: rule.id, name: rule.name, teamId: rule.teamId, conditions: rule.conditions as RuleConditions }));
  }

  territories(transaction: HandOffTransaction): Promise<Territory[]> {
    return transaction.territory.findMany();
  }

  async team(transaction: HandOffTransaction, teamId: string): Promise<TeamForRouting | null> {
    const team = await transaction.team.findUnique({ where: { id: teamId } });
    return team ? { ...team, workingHours: team.workingHours as unknown as WorkingHours } : null;
  }

  async accountOwner(transaction: HandOffTransaction, repId: string, now: Date): Promise<AccountOwner | null> {
    const [owner] = await this.reps(transaction, { id: repId }, now);
    return owner ?? null;
  }

  /** Locks the team so concurrent decisions for it take turns and the round robin stays exact. */
  async lockTeamReps(transaction: HandOffTransaction, teamId: string, now: Date): Promise<AccountOwner[]> {
    await transaction.$queryRaw`SELECT id FROM teams WHERE id = ${teamId} FOR UPDATE`;
    return this.reps(transaction, { teamId }, now);
  }

  async saveCredits(transaction: HandOffTransaction, credits: Map<string, number>): Promise<void> {
    for (const [id, routingCredit] of credits) {
      await transaction.rep.update({ where: { id }, data: { routingCredit } });
    }
  }

  private async reps(transaction: HandOffTransaction, where: { id?: string; teamId?: string }, now: Date): Promise<AccountOwner[]> {
    const reps = await transaction.rep.findMany({ where, orderBy: { id: 'asc' } });
    if (reps.length === 0) return [];
    const ids = reps.map((rep) => rep.id);
    const [open, absent] = await Promise.all([
      transaction.assignment.groupBy({
        by: ['assigneeId'],
        where: { assigneeKind: 'rep', assigneeId: { in: ids }, status: { in: ['assigned', 'accepted'] } },
        _count: { _all: true },
      }),
      transaction.repAbsence.findMany({
        where: { repId: { in: ids }, startsAt: { lte: now }, endsAt: { gt: now } },
        select: { repId: true },
      }),
    ]);
    const openByRep = new Map(open.map((row) => [row.assigneeId, row._count._all]));
    const absentReps = new Set(absent.map((row) => row.repId));
    return reps.map((rep) => ({
      id: rep.id,
      teamId: rep.teamId,
      role: rep.role,
      weight: rep.weight,
      capacity: rep.capacity,
      openAssignments: openByRep.get(rep.id) ?? 0,
      timeZone: rep.timeZone,
      workingHours: rep.workingHours as unknown as WorkingHours,
      active: rep.active,
      outOfOffice: absentReps.has(rep.id),
      routingCredit: rep.routingCredit,
    }));
  }
}
