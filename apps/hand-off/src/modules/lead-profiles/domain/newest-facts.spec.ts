import { newestFacts } from './newest-facts';

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;
const fact = (value: string | number | null, minute: number) => ({ value, observedAt: at(minute) });

describe('newestFacts', () => {
  it('takes every routing fact when nothing is held yet, with when it was observed', () => {
    expect(newestFacts({}, { country: fact('de', 5), employeeCount: fact(300, 5), jobTitle: fact('CMO', 5) })).toEqual({
      facts: { country: 'DE', employeeCount: 300 },
      observedAt: { country: at(5), employeeCount: at(5) },
    });
  });

  it('never lets an older report overwrite a newer fact, whichever arrives second', () => {
    const held = { country: at(10), region: at(1) };
    expect(
      newestFacts(held, {
        country: fact('FR', 9),
        region: fact('BY', 2),
        segment: fact('enterprise', 0),
      }),
    ).toEqual({
      facts: { region: 'BY', segment: 'enterprise' },
      observedAt: { region: at(2), segment: at(0) },
    });
  });

  it('applies a fact observed at the same instant again, so a repeated report changes nothing', () => {
    expect(newestFacts({ country: at(3) }, { country: fact('NL', 3) })).toEqual({
      facts: { country: 'NL' },
      observedAt: { country: at(3) },
    });
  });

  it('records that a fact is now unknown when a newer report clears it', () => {
    expect(newestFacts({ region: at(1) }, { region: fact(null, 4) })).toEqual({
      facts: { region: null },
      observedAt: { region: at(4) },
    });
  });
});
