import { Injectable } from '@nestjs/common';
import { HandOffDatabase } from '../../database/hand-off-database';
import { TeamRequest } from './team-request.schema';

@Injectable()
export class TeamRepository {
  constructor(private readonly database: HandOffDatabase) {}

  async save(id: string, team: TeamRequest) {
    const data = {
      name: team.name,
      managerId: team.managerId,
      timeZone: team.timeZone,
      workingHours: team.workingHours,
      holidayCountry: team.holidays?.country ?? null,
      holidayRegion: team.holidays?.region ?? null,
      acceptWithinBusinessHours: team.sla.acceptWithinBusinessHours,
      remindBeforeMinutes: team.sla.remindBeforeMinutes,
      reassignOnBreach: team.sla.reassignOnBreach,
    };
    return this.database.team.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  findById(id: string) {
    return this.database.team.findUnique({ where: { id } });
  }

  list() {
    return this.database.team.findMany({ orderBy: { id: 'asc' } });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.database.team.count({ where: { id } })) === 1;
  }
}
