import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { Roles, ZodValidationPipe } from '@accord/platform';
import { notFound } from './not-found.problem';
import { RepRepository } from './rep.repository';
import { TeamRepository } from './team.repository';
import { TeamRequest, teamRequestSchema } from './team-request.schema';
import { slugSchema } from './working-hours.schema';

@Controller('v1/teams')
export class TeamsController {
  constructor(
    private readonly teams: TeamRepository,
    private readonly reps: RepRepository,
  ) {}

  @Roles('admin')
  @Put(':id')
  save(
    @Param('id', new ZodValidationPipe(slugSchema)) id: string,
    @Body(new ZodValidationPipe(teamRequestSchema)) team: TeamRequest,
  ) {
    return this.teams.save(id, team);
  }

  @Get()
  list() {
    return this.teams.list();
  }

  @Get(':id')
  async findOne(@Param('id', new ZodValidationPipe(slugSchema)) id: string) {
    const team = await this.teams.findById(id);
    if (!team) throw notFound('Team', id);
    return { ...team, reps: await this.reps.listByTeam(id) };
  }
}
