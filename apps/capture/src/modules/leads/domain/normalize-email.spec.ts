import { normalizeEmail } from './normalize-email';

describe('normalizeEmail', () => {
  it('makes differently typed addresses of one person equal', () => {
    expect(normalizeEmail('  Ada.Janssen@Example.NL ')).toBe(normalizeEmail('ada.janssen@example.nl'));
  });

  it('treats composed and decomposed accents as the same address', () => {
    const decomposed = 'Rene\u0301@example.fr';
    expect(normalizeEmail(decomposed)).toBe('ren\u00e9@example.fr');
  });
});
