import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from '@accord/platform';
import { CallerId } from '../people/caller-id.decorator';
import { Month, NewExperimentBody, OutcomeBody, VoteBody } from './experiment-request';
import { ExperimentsUsecase } from './experiments.usecase';

const MonthQuery = z.object({ month: Month });
type MonthQuery = z.infer<typeof MonthQuery>;

@Controller('v1')
export class ExperimentsController {
  constructor(private readonly experiments: ExperimentsUsecase) {}

  @Post('experiments')
  register(@CallerId() ownerId: string, @Body(new ZodValidationPipe(NewExperimentBody)) body: NewExperimentBody) {
    return this.experiments.register({ ...body, ownerId, startsOn: new Date(body.startsOn), endsOn: new Date(body.endsOn) });
  }

  @Put('experiments/:experimentId/outcome')
  conclude(
    @CallerId() callerId: string,
    @Param('experimentId', new ZodValidationPipe(z.uuid())) experimentId: string,
    @Body(new ZodValidationPipe(OutcomeBody)) body: OutcomeBody,
  ) {
    return this.experiments.conclude(callerId, experimentId, body);
  }

  @Get('experiments')
  async list(@Query(new ZodValidationPipe(MonthQuery)) query: MonthQuery) {
    return { experiments: await this.experiments.ofMonth(query.month) };
  }

  @Get('recognition')
  async recognition(@Query(new ZodValidationPipe(MonthQuery)) query: MonthQuery) {
    return { month: query.month, people: await this.experiments.recognition(query.month) };
  }

  @Put('failure-of-the-month/:month/vote')
  @HttpCode(204)
  vote(
    @CallerId() callerId: string,
    @Param('month', new ZodValidationPipe(Month)) month: string,
    @Body(new ZodValidationPipe(VoteBody)) body: VoteBody,
  ) {
    return this.experiments.vote(callerId, month, body.experimentId);
  }

  @Get('failure-of-the-month/:month')
  failureOfTheMonth(@Param('month', new ZodValidationPipe(Month)) month: string) {
    return this.experiments.failureOfTheMonth(month);
  }
}
