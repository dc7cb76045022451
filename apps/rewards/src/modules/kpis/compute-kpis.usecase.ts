import { Injectable } from '@nestjs/common';
import { assembleKpiRows } from './domain/assemble-kpi-rows';
import { KpiRow } from './domain/kpi-summary';
import { KpiQuery, KpiRepository } from './kpi.repository';

@Injectable()
export class ComputeKpisUsecase {
  constructor(private readonly kpis: KpiRepository) {}

  async rows(query: KpiQuery): Promise<KpiRow[]> {
    const [counts, pipelineValue, wonRevenue, attributedRevenue] = await Promise.all([
      this.kpis.counts(query),
      this.kpis.opportunityValues(query, false),
      this.kpis.opportunityValues(query, true),
      this.kpis.attributedRevenue(query),
    ]);
    return assembleKpiRows({ counts, pipelineValue, wonRevenue, attributedRevenue });
  }
}
