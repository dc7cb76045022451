import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { Roles, ZodValidationPipe } from '@accord/platform';
import { notFound, unknownReference } from './not-found.problem';
import { RepRepository } from './rep.repository';
import { AbsenceRequest, absenceRequestSchema, RepRequest, repRequestSchema } from './rep-request.schema';
import { TeamRepository } from './team.repository';
import { slugSchema } from './working-hours.schema';

@Controller('v1/reps')
export class RepsController {
  constructor(
    private readonly reps: RepRepository,
    private readonly teams: TeamRepository,
  ) {}

  @Roles('admin')
  @Put(':id')
  async save(
    @Param('id', new ZodValidationPipe(slugSchema)) id: string,
    @Body(new ZodValidationPipe(repRequestSchema)) rep: RepRequest,
  ) {
    if (!(await this.teams.exists(rep.teamId))) throw unknownReference('/teamId', 'team', rep.teamId);
    return this.reps.save(id, rep);
  }

  @Get(':id')
  async findOne(@Param('id', new ZodValidationPipe(slugSchema)) id: string) {
    const rep = await this.reps.findById(id);
    if (!rep) throw notFound('Rep', id);
    return { ...rep, absences: await this.reps.listAbsences(id) };
  }

  @Roles('admin', 'manager')
  @Post(':id/absences')
  async addAbsence(
    @Param('id', new ZodValidationPipe(slugSchema)) id: string,
    @Body(new ZodValidationPipe(absenceRequestSchema)) absence: AbsenceRequest,
  ) {
    if (!(await this.reps.findById(id))) throw notFound('Rep', id);
    return this.reps.addAbsence(id, absence);
  }

  @Roles('admin', 'manager')
  @Delete(':id/absences/:absenceId')
  @HttpCode(204)
  async removeAbsence(
    @Param('id', new ZodValidationPipe(slugSchema)) id: string,
    @Param('absenceId', new ParseUUIDPipe()) absenceId: string,
  ) {
    if (!(await this.reps.removeAbsence(id, absenceId))) throw notFound('Absence', absenceId);
  }
}
