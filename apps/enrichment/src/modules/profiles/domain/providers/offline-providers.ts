import { EnrichmentProvider } from '../enrichment-provider';
import { Claims } from '../fact';
import { countryFacts } from './country-facts';
import { emailFacts } from './email-facts';
import { jobTitleFacts } from './job-title-facts';
import { phoneFacts } from './phone-facts';

const instant = {};
const typedFields = ['jobTitle', 'company', 'country'] as const;

/** What the person typed, kept as facts so consumers read one shape. */
export const submissionProvider: EnrichmentProvider = {
  name: 'submission',
  needs: [],
  uses: typedFields,
  yields: typedFields,
  limits: instant,
  enrich: (input) => {
    const claims: Claims = {};
    for (const field of typedFields) {
      if (typeof input[field] === 'string') claims[field] = { value: input[field], confidence: 0.8, origin: 'typed' };
    }
    return claims;
  },
};

export const emailProvider: EnrichmentProvider = {
  name: 'email',
  needs: ['email'],
  yields: ['emailValid', 'emailDomain', 'isFreeMail', 'isDisposable', 'isRoleAccount', 'companyDomain'],
  limits: instant,
  enrich: (input) => emailFacts(String(input.email)),
};

export const countryProvider: EnrichmentProvider = {
  name: 'country',
  needs: ['country'],
  yields: ['countryCode', 'countryName', 'regionCode'],
  limits: instant,
  enrich: (input) => countryFacts(String(input.country)),
};

export const phoneProvider: EnrichmentProvider = {
  name: 'phone',
  needs: ['phone'],
  uses: ['countryCode'],
  yields: ['phoneValid', 'phoneE164', 'phoneCountry', 'phoneLineType'],
  limits: instant,
  enrich: (input) => phoneFacts(String(input.phone), typeof input.countryCode === 'string' ? input.countryCode : undefined),
};

export const jobTitleProvider: EnrichmentProvider = {
  name: 'job-title',
  needs: ['jobTitle'],
  yields: ['seniority', 'department'],
  limits: instant,
  enrich: (input) => jobTitleFacts(String(input.jobTitle)),
};

export const offlineProviders: readonly EnrichmentProvider[] = [
  submissionProvider,
  emailProvider,
  countryProvider,
  phoneProvider,
  jobTitleProvider,
];
