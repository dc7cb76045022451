import { lifecycleStages } from '@accord/contracts';
import { rejectionTrigger, StageTrigger, transition, transitionTable } from './stage-machine';

describe('the lifecycle stage machine', () => {
  it.each([
    ['lead', 'qualified', 'mql'],
    ['nurture', 'qualified', 'mql'],
    ['recycled', 'qualified', 'mql'],
    ['mql', 'decayed', 'nurture'],
    ['mql', 'accepted', 'sal'],
    ['sal', 'rejected-unfit', 'disqualified'],
    ['mql', 'rejected-not-now', 'nurture'],
    ['sal', 'recycled', 'recycled'],
    ['sal', 'converted', 'sql'],
    ['sql', 'opportunity-opened', 'opportunity'],
    ['opportunity', 'won', 'customer'],
    ['opportunity', 'lost', 'nurture'],
  ] as const)('moves %s on %s to %s', (from, trigger, to) => {
    expect(transition(from, trigger)).toEqual({ applied: true, from, to, trigger });
  });

  it.each([
    ['lead', 'accepted'],
    ['mql', 'qualified'],
    ['sal', 'decayed'],
    ['customer', 'lost'],
    ['disqualified', 'qualified'],
    ['lead', 'won'],
  ] as const)('refuses %s on %s and says why', (from, trigger) => {
    const result = transition(from, trigger);
    expect(result.applied).toBe(false);
    expect(result).toMatchObject({ refusal: expect.stringContaining(`${trigger} is not allowed in stage ${from}`) });
  });

  it('never leaves a customer or a disqualified lead, and only names lexicon stages', () => {
    for (const trigger of Object.keys(transitionTable) as StageTrigger[]) {
      expect(transition('customer', trigger).applied).toBe(false);
      expect(transition('disqualified', trigger).applied).toBe(false);
      for (const [from, to] of Object.entries(transitionTable[trigger])) {
        expect(lifecycleStages).toContain(from);
        expect(lifecycleStages).toContain(to);
      }
    }
  });

  it('disqualifies rejections for fit and nurtures rejections for timing', () => {
    expect(rejectionTrigger('bad_fit')).toBe('rejected-unfit');
    expect(rejectionTrigger('spam')).toBe('rejected-unfit');
    expect(rejectionTrigger('too_early')).toBe('rejected-not-now');
    expect(rejectionTrigger('no_budget')).toBe('rejected-not-now');
  });
});
