import { Injectable } from '@nestjs/common';
import { RewardsDatabase } from '../../database/rewards-database';

export type TeamRole = 'member' | 'manager';

export interface Membership {
  teamId: string;
  personId: string;
  role: TeamRole;
}

@Injectable()
export class TeamMemberRepository {
  constructor(private readonly database: RewardsDatabase) {}

  async put(membership: Membership): Promise<Membership> {
    const { teamId, personId, role } = membership;
    await this.database.teamMember.upsert({ where: { teamId_personId: { teamId, personId } }, create: membership, update: { role } });
    return membership;
  }

  async teamOf(personId: string): Promise<string | null> {
    const row = await this.database.teamMember.findFirst({ where: { personId }, orderBy: { teamId: 'asc' } });
    return row?.teamId ?? null;
  }

  async manages(personId: string, teamId: string): Promise<boolean> {
    return (await this.database.teamMember.count({ where: { personId, teamId, role: 'manager' } })) > 0;
  }

  size(teamId: string): Promise<number> {
    return this.database.teamMember.count({ where: { teamId } });
  }
}
