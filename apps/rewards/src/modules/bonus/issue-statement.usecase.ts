import { Injectable } from '@nestjs/common';
import { ProblemException } from '@accord/platform';
import { ComputeKpisUsecase } from '../kpis/compute-kpis.usecase';
import { BonusPlan, BonusPlanRepository } from './bonus-plan.repository';
import { BonusStatement, BonusStatementRepository } from './bonus-statement.repository';
import { adjustmentLines } from './domain/adjustments';
import { BonusPeriod, parseBonusPeriod } from './domain/bonus-period';
import { computeStatementLines, StatementInputs, StatementLine, totalOf } from './domain/statement-lines';
import { StatementInputsRepository } from './statement-inputs.repository';

export interface StatementPreview {
  planId: string;
  period: string;
  currency: string;
  totalMinor: number;
  lines: StatementLine[];
  inputs: StatementInputs;
}

/**
 * A period's statement is issued once and kept as issued. Whatever changed an earlier period
 * afterwards (a late win, a deal turned lost) is paid or taken back as an adjustment line on the
 * next statement issued.
 */
@Injectable()
export class IssueStatementUsecase {
  constructor(
    private readonly plans: BonusPlanRepository,
    private readonly statements: BonusStatementRepository,
    private readonly inputs: StatementInputsRepository,
    private readonly kpis: ComputeKpisUsecase,
  ) {}

  async preview(planId: string, periodName: string): Promise<StatementPreview> {
    const plan = await this.planOrThrow(planId);
    const period = this.periodOrThrow(plan, periodName);
    const inputs = await this.inputsOf(plan, period);
    const lines = computeStatementLines(plan.rules, inputs);
    return { planId, period: period.name, currency: plan.currency, totalMinor: totalOf(lines), lines, inputs };
  }

  async issue(planId: string, periodName: string): Promise<{ statement: BonusStatement; created: boolean }> {
    const plan = await this.planOrThrow(planId);
    const period = this.periodOrThrow(plan, periodName);
    const existing = await this.statements.find(planId, period.name);
    if (existing) return { statement: existing, created: false };

    const earlierStatements = await this.statements.issuedBefore(planId, period.from);
    const earlier = await Promise.all(
      earlierStatements.map(async (statement) => ({
        period: statement.period,
        paidMinor: paidFor(statement.period, earlierStatements),
        recomputed: computeStatementLines(plan.rules, await this.inputsOf(plan, this.periodOrThrow(plan, statement.period))),
      })),
    );
    const lines = [...computeStatementLines(plan.rules, await this.inputsOf(plan, period)), ...adjustmentLines(earlier)];
    const appended = await this.statements.append({
      planId,
      period: period.name,
      periodStart: period.from,
      currency: plan.currency,
      totalMinor: totalOf(lines),
      lines,
    });
    if (appended) return { statement: appended, created: true };
    return { statement: await this.issued(planId, period.name), created: false };
  }

  async issued(planId: string, periodName: string): Promise<BonusStatement> {
    const statement = await this.statements.find(planId, periodName);
    if (!statement) throw new ProblemException(404, 'No statement', `No statement was issued for ${periodName}.`);
    return statement;
  }

  private async inputsOf(plan: BonusPlan, period: BonusPeriod): Promise<StatementInputs> {
    const [credits, [kpi]] = await Promise.all([
      this.inputs.credits(plan, period.from, period.to),
      this.kpis.rows({ period: period.cadence, groupBy: 'none', from: period.from, to: period.to, model: 'linear' }),
    ]);
    return {
      currency: plan.currency,
      credits,
      acceptanceRate: kpi?.acceptanceRate ?? null,
      pipelineValueMinor: kpi?.pipelineValue.find((money) => money.currency === plan.currency)?.amountMinor ?? 0,
    };
  }

  private async planOrThrow(planId: string): Promise<BonusPlan> {
    const plan = await this.plans.find(planId);
    if (!plan) throw new ProblemException(404, 'No such bonus plan', `No bonus plan ${planId}.`);
    return plan;
  }

  private periodOrThrow(plan: BonusPlan, name: string): BonusPeriod {
    const period = parseBonusPeriod(name);
    if (!period || period.cadence !== plan.cadence) {
      throw new ProblemException(422, 'Period does not fit the plan', `Plan ${plan.planId} pays per ${plan.cadence}; ${name} is not one.`);
    }
    return period;
  }
}

/** A period's own statement plus every adjustment issued for it since. */
function paidFor(period: string, statements: BonusStatement[]): number {
  return statements.reduce(
    (sum, statement) =>
      sum +
      (statement.period === period ? statement.lines.filter((line) => line.kind !== 'adjustment').reduce((a, line) => a + line.amountMinor, 0) : 0) +
      statement.lines.filter((line) => line.kind === 'adjustment' && line.trace['forPeriod'] === period).reduce((a, line) => a + line.amountMinor, 0),
    0,
  );
}
