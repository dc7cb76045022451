import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ProblemException, ZodValidationPipe } from '@accord/platform';
import { CallerId } from '../people/caller-id.decorator';
import { TeamMemberRepository } from '../people/team-member.repository';
import { aggregatePulse } from './domain/aggregate-pulse';
import { PulseAnswerRepository } from './pulse-answer.repository';
import { Month, PulseAnswersBody, TeamId } from './pulse-request';

/** A person reads and edits only their own check-ins; managers see their team's aggregate, never answers. */
@Controller('v1/pulse')
export class PulseController {
  constructor(
    private readonly answers: PulseAnswerRepository,
    private readonly members: TeamMemberRepository,
  ) {}

  @Put('me/:month')
  async answer(
    @CallerId() personId: string,
    @Param('month', new ZodValidationPipe(Month)) month: string,
    @Body(new ZodValidationPipe(PulseAnswersBody)) body: PulseAnswersBody,
  ) {
    return this.answers.put(personId, month, await this.members.teamOf(personId), body);
  }

  @Get('me')
  async mine(@CallerId() personId: string) {
    return { answers: await this.answers.ownMonths(personId) };
  }

  @Get('me/:month')
  async mineOf(@CallerId() personId: string, @Param('month', new ZodValidationPipe(Month)) month: string) {
    const answer = await this.answers.own(personId, month);
    if (!answer) throw new ProblemException(404, 'No check-in', `You have not answered the pulse for ${month}.`);
    return answer;
  }

  @Get('teams/:teamId/:month')
  async team(
    @CallerId() personId: string,
    @Param('teamId', new ZodValidationPipe(TeamId)) teamId: string,
    @Param('month', new ZodValidationPipe(Month)) month: string,
  ) {
    if (!(await this.members.manages(personId, teamId))) {
      throw new ProblemException(403, 'Not your team', `Only managers of ${teamId} see its pulse.`);
    }
    const [answers, teamSize] = await Promise.all([this.answers.ofTeam(teamId, month), this.members.size(teamId)]);
    return { teamId, month, ...aggregatePulse(answers, teamSize) };
  }
}
