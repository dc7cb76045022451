import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { Roles, ZodValidationPipe } from '@accord/platform';
import { KeyResult } from './domain/key-result';
import { OkrProgressUsecase } from './okr-progress.usecase';

const PeriodName = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'must be a month (2026-03) or a quarter (2026-Q1)');
const ObjectiveBody = z.object({
  title: z.string().trim().min(1).max(300),
  period: PeriodName,
  keyResults: z.array(KeyResult).min(1).max(10),
});
type ObjectiveBody = z.infer<typeof ObjectiveBody>;
const ListQuery = z.object({ period: PeriodName.optional() });
type ListQuery = z.infer<typeof ListQuery>;

@Controller('v1/okrs')
export class OkrController {
  constructor(private readonly okrs: OkrProgressUsecase) {}

  @Roles('admin')
  @Post()
  create(@Body(new ZodValidationPipe(ObjectiveBody)) body: ObjectiveBody) {
    return this.okrs.create(body.title, body.period, body.keyResults);
  }

  @Get()
  async list(@Query(new ZodValidationPipe(ListQuery)) query: ListQuery) {
    return { objectives: await this.okrs.list(query.period) };
  }

  @Get(':objectiveId')
  one(@Param('objectiveId', new ZodValidationPipe(z.uuid())) objectiveId: string) {
    return this.okrs.one(objectiveId);
  }
}
