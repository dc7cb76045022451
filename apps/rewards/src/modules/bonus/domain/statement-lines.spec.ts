import { computeStatementLines, qualityFactorBasisPoints, StatementInputs } from './statement-lines';

const inputs: StatementInputs = {
  currency: 'EUR',
  credits: [
    { opportunityId: 'o2', touchpointId: 't1', model: 'linear', campaign: 'spring', amountMinor: 333_333 },
    { opportunityId: 'o1', touchpointId: 't9', model: 'linear', campaign: 'spring', amountMinor: 1_000_000 },
    { opportunityId: 'o1', touchpointId: 't9', model: 'first_touch', campaign: 'spring', amountMinor: 1_000_000 },
  ],
  acceptanceRate: 0.3,
  pipelineValueMinor: 5_000_000,
};

describe('bonus statements', () => {
  it('pays a share of attributed revenue scaled by the acceptance rate, traced to the credits', () => {
    const [line] = computeStatementLines([{ kind: 'attributed_revenue_share', model: 'linear', shareBasisPoints: 1000, acceptanceRateTarget: 0.4 }], inputs);
    // 1,333,333 x 10 % x 75 % = 99,999.975 → 99,999
    expect(line!.amountMinor).toBe(99_999);
    expect(line!.trace['qualityFactorBasisPoints']).toBe(7500);
    expect((line!.trace['credits'] as { opportunityId: string }[]).map((c) => c.opportunityId)).toEqual(['o1', 'o2']);
  });

  it('pays the shared pipeline key result only when it is met', () => {
    const rule = { kind: 'pipeline_key_result' as const, targetMinor: 5_000_000, payoutMinor: 50_000 };
    expect(computeStatementLines([rule], inputs)[0]!.amountMinor).toBe(50_000);
    expect(computeStatementLines([rule], { ...inputs, pipelineValueMinor: 4_999_999 })[0]!.amountMinor).toBe(0);
  });

  it('never lets quality raise the share above full, and does not cut pay without decisions', () => {
    expect(qualityFactorBasisPoints(0.9, 0.5)).toBe(10_000);
    expect(qualityFactorBasisPoints(null, 0.5)).toBe(10_000);
    expect(qualityFactorBasisPoints(0, 0.5)).toBe(0);
  });

  it('gives the same lines for the same inputs', () => {
    const rules = [{ kind: 'attributed_revenue_share' as const, model: 'linear' as const, shareBasisPoints: 750, acceptanceRateTarget: 0.5 }];
    expect(computeStatementLines(rules, inputs)).toEqual(computeStatementLines(rules, { ...inputs, credits: [...inputs.credits].reverse() }));
  });

});
