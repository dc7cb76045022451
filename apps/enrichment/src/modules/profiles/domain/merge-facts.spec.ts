import { Fact, Facts } from './fact';
import { mergeFacts } from './merge-facts';
import { preferredFact } from './merge-policy';

const earlier = '2026-11-01T10:00:00.000Z';
const now = '2026-11-02T10:00:00.000Z';
const fact = (value: Fact['value'], provider: string, overrides: Partial<Fact> = {}): Fact => ({
  value,
  provider,
  confidence: 0.9,
  origin: 'derived',
  observedAt: earlier,
  ...overrides,
});

describe('preferredFact', () => {
  it('keeps a typed value over a guess that is not clearly surer', () => {
    const typed = fact('Acme', 'submission', { origin: 'typed', confidence: 0.7 });
    const guess = fact('ACME Corp', 'company-api', { origin: 'guessed', confidence: 0.85 });
    expect(preferredFact(typed, guess)).toBe(typed);
    expect(preferredFact(guess, typed)).toBe(typed);
  });

  it('lets a much surer guess override a typed value', () => {
    const typed = fact('Acme', 'submission', { origin: 'typed', confidence: 0.5 });
    const guess = fact('Acme Robotics', 'company-api', { origin: 'guessed', confidence: 0.95 });
    expect(preferredFact(typed, guess)).toBe(guess);
  });

  it('prefers the surer fact, then the more direct origin, then the newer one', () => {
    expect(preferredFact(fact(1, 'a', { confidence: 0.6 }), fact(2, 'b', { confidence: 0.8 })).value).toBe(2);
    expect(preferredFact(fact(1, 'a', { origin: 'guessed' }), fact(2, 'b', { origin: 'matched' })).value).toBe(2);
    expect(preferredFact(fact(1, 'a'), fact(2, 'b', { observedAt: now })).value).toBe(2);
  });
});

describe('mergeFacts', () => {
  it('names nothing as changed when providers say the same again, keeping the first provenance', () => {
    const current: Facts = { isFreeMail: fact(false, 'email') };
    const merged = mergeFacts(current, [{ provider: 'email', claims: { isFreeMail: { value: false, confidence: 1, origin: 'derived' } } }], now);
    expect(merged.changed).toEqual([]);
    expect(merged.facts.isFreeMail).toBe(current.isFreeMail);
  });

  it('names exactly the fields whose value changed', () => {
    const current: Facts = { phoneE164: fact('+31612345678', 'phone'), phoneValid: fact(true, 'phone') };
    const merged = mergeFacts(
      current,
      [{ provider: 'phone', claims: { phoneE164: { value: '+31687654321', confidence: 1, origin: 'derived' }, phoneValid: { value: true, confidence: 1, origin: 'derived' } } }],
      now,
    );
    expect(merged.changed).toEqual(['phoneE164']);
    expect(merged.facts.phoneE164).toMatchObject({ value: '+31687654321', observedAt: now });
  });

  it('keeps the facts of a provider that did not answer this time', () => {
    const current: Facts = { industry: fact('Robotics', 'company-api', { origin: 'guessed' }) };
    const merged = mergeFacts(current, [{ provider: 'email', claims: {} }], now);
    expect(merged.facts.industry).toBe(current.industry);
    expect(merged.changed).toEqual([]);
  });

  it('drops a field its provider no longer claims', () => {
    const current: Facts = { seniority: fact('vp', 'job-title') };
    const merged = mergeFacts(current, [{ provider: 'job-title', claims: {} }], now);
    expect(merged.facts).toEqual({});
    expect(merged.changed).toEqual(['seniority']);
  });

  it('weighs claims of several providers about one field by the merge policy', () => {
    const merged = mergeFacts(
      {},
      [
        { provider: 'submission', claims: { company: { value: 'acme', confidence: 0.8, origin: 'typed' } } },
        { provider: 'company-api', claims: { company: { value: 'Acme B.V.', confidence: 0.7, origin: 'guessed' } } },
      ],
      now,
    );
    expect(merged.facts.company).toMatchObject({ value: 'acme', provider: 'submission' });
    expect(merged.changed).toEqual(['company']);
  });
});
