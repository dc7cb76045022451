import { normalizeEmail } from './normalize-email';

describe('normalizeEmail', () => {
  it('makes differently typed addresses of one person equal', () => {
    expect(normalizeEmail('  Ada.Janssen@Example.NL ')).toBe(normalizeEmail('ada.janssen@example.nl'));
  });
});
