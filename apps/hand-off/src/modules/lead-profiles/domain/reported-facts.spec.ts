import { reportedFacts } from './reported-facts';

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;
const fact = (value: string | number | null, minute: number) => ({ value, observedAt: at(minute) });

describe('reportedFacts', () => {
  it('takes every routing fact reported, with when it was observed, and nothing else', () => {
    expect(reportedFacts({ country: fact('de', 5), employeeCount: fact(300, 6), jobTitle: fact('CMO', 5) })).toEqual({
      facts: { country: 'DE', employeeCount: 300 },
      observedAt: { country: at(5), employeeCount: at(6) },
    });
  });

  it('keeps a fact reported as unknown, so a newer report can clear what was held', () => {
    expect(reportedFacts({ region: fact(null, 4), segment: fact('  ', 4) })).toEqual({
      facts: { region: null, segment: null },
      observedAt: { region: at(4), segment: at(4) },
    });
  });

  it('is empty when nothing was reported', () => {
    expect(reportedFacts({})).toEqual({ facts: {}, observedAt: {} });
  });
});
