import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ProblemException, Roles, ZodValidationPipe } from '@accord/platform';
import { BonusPlanRepository } from './bonus-plan.repository';
import { BonusPlanBody, PeriodName, PlanId } from './bonus-request';
import { IssueStatementUsecase } from './issue-statement.usecase';

@Controller('v1/bonus/plans')
export class BonusController {
  constructor(
    private readonly plans: BonusPlanRepository,
    private readonly statements: IssueStatementUsecase,
  ) {}

  @Roles('admin')
  @Post()
  create(@Body(new ZodValidationPipe(BonusPlanBody)) body: BonusPlanBody) {
    return this.plans.create(body);
  }

  @Get(':planId')
  async plan(@Param('planId', new ZodValidationPipe(PlanId)) planId: string) {
    const plan = await this.plans.find(planId);
    if (!plan) throw new ProblemException(404, 'No such bonus plan', `No bonus plan ${planId}.`);
    return plan;
  }

  /** What the period's statement would say from today's data, with the inputs it was computed from. */
  @Get(':planId/preview/:period')
  preview(@Param('planId', new ZodValidationPipe(PlanId)) planId: string, @Param('period', new ZodValidationPipe(PeriodName)) period: string) {
    return this.statements.preview(planId, period);
  }

  @Roles('admin')
  @Post(':planId/statements/:period')
  async issue(
    @Param('planId', new ZodValidationPipe(PlanId)) planId: string,
    @Param('period', new ZodValidationPipe(PeriodName)) period: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { statement, created } = await this.statements.issue(planId, period);
    reply.status(created ? 201 : 200);
    return statement;
  }

  @Get(':planId/statements/:period')
  statement(@Param('planId', new ZodValidationPipe(PlanId)) planId: string, @Param('period', new ZodValidationPipe(PeriodName)) period: string) {
    return this.statements.issued(planId, period);
  }
}
