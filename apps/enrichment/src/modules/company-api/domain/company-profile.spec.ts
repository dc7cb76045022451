import { companyClaims, unknownCompanyClaims } from './company-profile';

const values = (body: unknown) => Object.fromEntries(Object.entries(companyClaims(body)).map(([field, claim]) => [field, claim.value]));

describe('companyClaims', () => {
  it('turns a full answer into guessed facts', () => {
    expect(values({ name: 'Example Robotics B.V.', industry: 'Robotics', employeeRange: '51-200', revenueRange: '10M-50M', country: 'nl', technologies: ['react', 'hubspot', 'react'] })).toEqual({
      companyFound: true,
      company: 'Example Robotics B.V.',
      industry: 'Robotics',
      employeeRange: '51-200',
      revenueRange: '10M-50M',
      companyCountryCode: 'NL',
      technologies: 'hubspot,react',
    });
    expect(companyClaims({ name: 'X' }).company).toEqual({ value: 'X', confidence: 0.7, origin: 'guessed' });
  });

  it('treats malformed fields as unknown without failing', () => {
    expect(values({ name: 42, industry: '', country: 'Netherlands', technologies: 'react' })).toEqual({ companyFound: true });
    expect(values(null).companyFound).toBe(true);
  });

  it('says when no company is known', () => {
    expect(unknownCompanyClaims().companyFound.value).toBe(false);
  });
});
