import { countryFacts } from './country-facts';

const code = (country: string) => countryFacts(country).countryCode.value;

describe('countryFacts', () => {
  it('reads ISO codes of every kind', () => {
    expect(['NL', 'nl', 'NLD', '528', ' nl '].map(code)).toEqual(['NL', 'NL', 'NL', 'NL', 'NL']);
    expect(code('UK')).toBe('GB');
  });

  it('reads names in English, Dutch, German and French, with or without accents', () => {
    expect(['Netherlands', 'Nederland', 'The Netherlands', 'Holland', 'Niederlande', 'Pays-Bas'].map(code)).toEqual(Array(6).fill('NL'));
    expect(['Verenigde Staten', 'USA', 'United States of America', 'Vereinigte Staaten'].map(code)).toEqual(Array(4).fill('US'));
    expect(["Côte d'Ivoire", "Cote d'Ivoire", 'Ivoorkust'].map(code)).toEqual(['CI', 'CI', 'CI']);
    expect(['België', 'Belgie', 'Belgium', 'Belgique'].map(code)).toEqual(['BE', 'BE', 'BE', 'BE']);
  });

  it('names the country in English and keeps the typed origin with a confidence by match kind', () => {
    expect(countryFacts('NL').countryName).toMatchObject({ value: 'Netherlands', origin: 'typed', confidence: 1 });
    expect(countryFacts('Nederland').countryCode.confidence).toBe(0.9);
  });

  it('reads an ISO 3166-2 subdivision as country and region', () => {
    expect(countryFacts('us-ca')).toMatchObject({ countryCode: { value: 'US' }, regionCode: { value: 'US-CA' } });
  });

  it('knows nothing for values that are no country', () => {
    for (const country of ['', 'XX', 'Atlantis', 'N/A', '<b>NL</b>', '💥', 'ZZZ', '999', 'x'.repeat(500)]) {
      expect(code(country)).toBeNull();
    }
  });
});
