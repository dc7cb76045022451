import { z } from 'zod';
import { Claims, FactClaim } from '../../profiles/domain/fact';

const text = (max: number) => z.string().trim().min(1).max(max).nullish().catch(null);

/** The company API's answer; a field it leaves out or gets wrong stays unknown rather than failing the whole answer. */
export const CompanyProfile = z.object({
  name: text(300),
  industry: text(200),
  employeeRange: text(50),
  revenueRange: text(50),
  country: z.string().regex(/^[A-Za-z]{2}$/).nullish().catch(null),
  technologies: z.array(z.string().trim().min(1).max(100)).max(200).nullish().catch(null),
});

export const companyApiFields = ['companyFound', 'company', 'industry', 'employeeRange', 'revenueRange', 'companyCountryCode', 'technologies'];

const guess = (value: FactClaim['value']): FactClaim => ({ value, confidence: 0.7, origin: 'guessed' });

export function companyClaims(body: unknown): Claims {
  const profile = CompanyProfile.parse(typeof body === 'object' && body !== null ? body : {});
  const claims: Claims = { companyFound: guess(true) };
  if (profile.name) claims.company = guess(profile.name);
  if (profile.industry) claims.industry = guess(profile.industry);
  if (profile.employeeRange) claims.employeeRange = guess(profile.employeeRange);
  if (profile.revenueRange) claims.revenueRange = guess(profile.revenueRange);
  if (profile.country) claims.companyCountryCode = guess(profile.country.toUpperCase());
  if (profile.technologies?.length) claims.technologies = guess([...new Set(profile.technologies)].sort().join(','));
  return claims;
}

/** The API knows no company at this domain: that is an answer too, worth caching. */
export const unknownCompanyClaims = (): Claims => ({ companyFound: { value: false, confidence: 0.7, origin: 'guessed' } });
