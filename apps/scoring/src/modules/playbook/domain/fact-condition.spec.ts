import { conditionHolds, KnownFacts } from './fact-condition';

const facts: KnownFacts = {
  isFreeMail: { value: false },
  seniority: { value: 'Director' },
  employeeCount: { value: 250 },
  revenueText: { value: '12000000' },
  jobTitle: { value: 'Hoofd Marketing' },
  company: { value: '' },
};

describe('conditionHolds', () => {
  it('compares strings without regard to case and other values exactly', () => {
    expect(conditionHolds({ fact: 'seniority', equals: 'director' }, facts)).toBe(true);
    expect(conditionHolds({ fact: 'isFreeMail', equals: false }, facts)).toBe(true);
    expect(conditionHolds({ fact: 'isFreeMail', equals: 'false' }, facts)).toBe(false);
    expect(conditionHolds({ fact: 'seniority', in: ['vp', 'DIRECTOR'] }, facts)).toBe(true);
  });

  it('treats missing, null and empty facts as absent, satisfying only present: false', () => {
    expect(conditionHolds({ fact: 'company', present: true }, facts)).toBe(false);
    expect(conditionHolds({ fact: 'industry', present: false }, facts)).toBe(true);
    expect(conditionHolds({ fact: 'industry', equals: 'software' }, facts)).toBe(false);
    expect(conditionHolds({ not: { fact: 'industry', equals: 'software' } }, facts)).toBe(true);
    expect(conditionHolds({ fact: 'employees', atLeast: 0 }, facts)).toBe(false);
  });

  it('checks half-open ranges, also on numeric text', () => {
    expect(conditionHolds({ fact: 'employeeCount', atLeast: 50, below: 250 }, facts)).toBe(false);
    expect(conditionHolds({ fact: 'employeeCount', atLeast: 250, below: 1000 }, facts)).toBe(true);
    expect(conditionHolds({ fact: 'revenueText', atLeast: 10_000_000 }, facts)).toBe(true);
    expect(conditionHolds({ fact: 'jobTitle', atLeast: 1 }, facts)).toBe(false);
  });

  it('matches patterns and combines conditions', () => {
    expect(conditionHolds({ fact: 'jobTitle', matches: '\\bhoofd\\b' }, facts)).toBe(true);
    expect(
      conditionHolds({ all: [{ fact: 'isFreeMail', equals: false }, { any: [{ fact: 'industry', present: true }, { fact: 'seniority', in: ['director'] }] }] }, facts),
    ).toBe(true);
    expect(conditionHolds({ all: [{ fact: 'isFreeMail', equals: false }, { fact: 'industry', present: true }] }, facts)).toBe(false);
  });
});
