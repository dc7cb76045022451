import { Controller, Get, Query } from '@nestjs/common';
import { ZodValidationPipe } from '@accord/platform';
import { summarizeFunnel } from '../funnel/domain/funnel-summary';
import { FunnelRepository } from '../funnel/funnel.repository';
import { ComputeKpisUsecase } from './compute-kpis.usecase';
import { KpiQueryParams } from './kpi-query';

@Controller('v1')
export class KpiController {
  constructor(
    private readonly compute: ComputeKpisUsecase,
    private readonly funnel: FunnelRepository,
  ) {}

  /**
   * The joint KPIs both teams share, per period and source or campaign: funnel counts and rates per
   * capture cohort, revenue credited by `model` in the period its deal closed. `to` is exclusive.
   */
  @Get('kpis')
  async kpis(@Query(new ZodValidationPipe(KpiQueryParams)) query: KpiQueryParams) {
    const [rows, counts] = await Promise.all([this.compute.rows(query), this.funnel.counts()]);
    return {
      period: query.period,
      groupBy: query.groupBy,
      model: query.model,
      from: query.from.toISOString(),
      to: query.to.toISOString(),
      rows,
      funnel: summarizeFunnel(counts),
    };
  }
}
