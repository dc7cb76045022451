import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { HandOffDatabase } from '../../database/hand-off-database';
import { AbsenceRequest, RepRequest } from './rep-request.schema';

@Injectable()
export class RepRepository {
  constructor(private readonly database: HandOffDatabase) {}

  save(id: string, rep: RepRequest) {
    return this.database.rep.upsert({ where: { id }, create: { id, ...rep }, update: rep });
  }

  findById(id: string) {
    return this.database.rep.findUnique({ where: { id } });
  }

  listByTeam(teamId: string) {
    return this.database.rep.findMany({ where: { teamId }, orderBy: { id: 'asc' } });
  }

  addAbsence(repId: string, absence: AbsenceRequest) {
    return this.database.repAbsence.create({ data: { id: uuidv7(), repId, ...absence } });
  }

  listAbsences(repId: string) {
    return this.database.repAbsence.findMany({ where: { repId }, orderBy: { startsAt: 'asc' } });
  }

  async removeAbsence(repId: string, absenceId: string): Promise<boolean> {
    const { count } = await this.database.repAbsence.deleteMany({ where: { id: absenceId, repId } });
    return count === 1;
  }
}
