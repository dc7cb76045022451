import { toE164 } from './normalize-phone';

describe('toE164', () => {
  it('reads a national number in the default region', () => {
    expect(toE164('06 1234 5678', 'NL')).toBe('+31612345678');
    expect(toE164('(201) 555-0123', 'US')).toBe('+12015550123');
  });

  it('keeps the country of an international number, with + or the exit code of the region', () => {
    expect(toE164('+31 6 12345678', 'US')).toBe('+31612345678');
    expect(toE164('0031 6 12345678', 'DE')).toBe('+31612345678');
  });

  it('refuses what is not a phone number', () => {
    expect(toE164('call me', 'NL')).toBeNull();
    expect(toE164('123', 'NL')).toBeNull();
  });
});
