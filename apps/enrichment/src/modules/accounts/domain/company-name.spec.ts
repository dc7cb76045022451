import { normalizeCompanyName } from './company-name';

describe('normalizeCompanyName', () => {
  it('drops case, accents, punctuation and legal forms', () => {
    expect(normalizeCompanyName('Example Robotics B.V.')).toBe('example robotics');
    expect(normalizeCompanyName('EXAMPLE-ROBOTICS bv')).toBe('example robotics');
    expect(normalizeCompanyName('Müller & Söhne GmbH')).toBe('muller and sohne');
    expect(normalizeCompanyName('The Acme Corporation, Inc.')).toBe('acme');
  });

  it('keeps a name that is nothing but a legal form', () => {
    expect(normalizeCompanyName('Holding B.V.')).toBe('holding bv');
  });

  it('returns empty text for names without letters or digits', () => {
    expect(normalizeCompanyName(' -- ')).toBe('');
  });
});
