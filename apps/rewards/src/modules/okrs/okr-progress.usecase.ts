import { Injectable } from '@nestjs/common';
import { ProblemException } from '@accord/platform';
import { parseBonusPeriod } from '../bonus/domain/bonus-period';
import { ComputeKpisUsecase } from '../kpis/compute-kpis.usecase';
import { KeyResult, keyResultProgress, kpiValue } from './domain/key-result';
import { Objective, OkrRepository } from './okr.repository';

/** Both teams read the same objectives, measured live from the joint KPIs. */
@Injectable()
export class OkrProgressUsecase {
  constructor(
    private readonly okrs: OkrRepository,
    private readonly kpis: ComputeKpisUsecase,
  ) {}

  async create(title: string, period: string, keyResults: KeyResult[]) {
    const range = parseBonusPeriod(period);
    if (!range) throw new ProblemException(422, 'Unknown period', `${period} is neither a month nor a quarter.`);
    return this.withProgress(await this.okrs.create({ title, period, periodStart: range.from, keyResults }));
  }

  async one(objectiveId: string) {
    const objective = await this.okrs.find(objectiveId);
    if (!objective) throw new ProblemException(404, 'No such objective', `No objective ${objectiveId}.`);
    return this.withProgress(objective);
  }

  async list(period?: string) {
    return Promise.all((await this.okrs.ofPeriod(period)).map((objective) => this.withProgress(objective)));
  }

  private async withProgress(objective: Objective) {
    const range = parseBonusPeriod(objective.period);
    if (!range) throw new Error(`objective ${objective.objectiveId} was stored with period ${objective.period}`);
    const keyResults = await Promise.all(
      objective.keyResults.map(async (keyResult) => {
        const groupBy = keyResult.scope?.groupBy ?? 'none';
        const rows = await this.kpis.rows({ period: range.cadence, groupBy, from: range.from, to: range.to, model: 'linear' });
        const row = rows.find((candidate) => groupBy === 'none' || candidate.key === keyResult.scope?.key);
        const current = kpiValue(row, keyResult.kpi, keyResult.currency);
        return { ...keyResult, current, progress: keyResultProgress(keyResult.baseline, keyResult.target, current) };
      }),
    );
    const measured = keyResults.map((kr) => kr.progress).filter((progress): progress is number => progress !== null);
    const progress = measured.length === 0 ? null : Math.round((measured.reduce((a, b) => a + b, 0) / measured.length) * 10_000) / 10_000;
    return { ...objective, progress, keyResults };
  }
}
