import { BonusRule } from './bonus-rules';

export interface CreditInput {
  opportunityId: string;
  touchpointId: string;
  model: string;
  campaign: string | null;
  amountMinor: number;
}

/** Everything a period's statement is computed from, so the computation can be repeated and checked. */
export interface StatementInputs {
  currency: string;
  credits: CreditInput[];
  acceptanceRate: number | null;
  pipelineValueMinor: number;
}

export interface StatementLine {
  kind: 'attributed_revenue_share' | 'pipeline_key_result' | 'adjustment';
  description: string;
  amountMinor: number;
  /** What the amount was computed from: deals and credits, KPI values, or the statement it corrects. */
  trace: Record<string, unknown>;
}

const fullFactor = 10_000n;

/** Lead quality scales the share, never above the full amount; with no decisions yet it does not cut pay. */
export function qualityFactorBasisPoints(acceptanceRate: number | null, target: number): number {
  if (acceptanceRate === null) return Number(fullFactor);
  const [rateBasisPoints, targetBasisPoints] = [Math.round(acceptanceRate * 10_000), Math.round(target * 10_000)];
  return Math.min(Number(fullFactor), Math.floor((rateBasisPoints * Number(fullFactor)) / targetBasisPoints));
}

/** The same inputs always give the same lines: integers only, credits in a fixed order. */
export function computeStatementLines(rules: readonly BonusRule[], inputs: StatementInputs): StatementLine[] {
  return rules.map((rule) => {
    if (rule.kind === 'pipeline_key_result') {
      const met = inputs.pipelineValueMinor >= rule.targetMinor;
      return {
        kind: rule.kind,
        description: `Shared pipeline key result ${met ? 'met' : 'not met'}`,
        amountMinor: met ? rule.payoutMinor : 0,
        trace: { pipelineValueMinor: inputs.pipelineValueMinor, targetMinor: rule.targetMinor, currency: inputs.currency },
      };
    }
    const credits = inputs.credits
      .filter((credit) => credit.model === rule.model)
      .sort((a, b) => a.opportunityId.localeCompare(b.opportunityId) || a.touchpointId.localeCompare(b.touchpointId));
    const creditedMinor = credits.reduce((sum, credit) => sum + credit.amountMinor, 0);
    const factor = qualityFactorBasisPoints(inputs.acceptanceRate, rule.acceptanceRateTarget);
    const amountMinor = Number((BigInt(creditedMinor) * BigInt(rule.shareBasisPoints) * BigInt(factor)) / (fullFactor * fullFactor));
    return {
      kind: rule.kind,
      description: `${rule.shareBasisPoints / 100} % of ${rule.model} attributed won revenue x quality factor ${factor / 100} %`,
      amountMinor,
      trace: {
        creditedMinor,
        currency: inputs.currency,
        shareBasisPoints: rule.shareBasisPoints,
        acceptanceRate: inputs.acceptanceRate,
        acceptanceRateTarget: rule.acceptanceRateTarget,
        qualityFactorBasisPoints: factor,
        credits,
      },
    };
  });
}

export const totalOf = (lines: readonly StatementLine[]) => lines.reduce((sum, line) => sum + line.amountMinor, 0);
