import { FitGrade } from '@accord/contracts';

export type FactValue = string | number | boolean | null;
export type KnownFacts = Record<string, { value: FactValue }>;

export interface FitRule {
  name: string;
  points: number;
  applies(facts: KnownFacts): boolean;
}

export interface FitModel {
  version: string;
  rules: FitRule[];
  grades: { grade: FitGrade; minimum: number }[];
  mqlThreshold: number;
}

const known = (facts: KnownFacts, name: string) => {
  const value = facts[name]?.value;
  return value !== undefined && value !== null && value !== '';
};

const seniorTitle = /\b(chief|c[eftmi]o|vp|vice president|head|director|directeur|hoofd|owner|founder)\b/i;

/** The starting model; playbooks per tenant replace it. */
export const defaultFitModel: FitModel = {
  version: 'default@1',
  rules: [
    { name: 'business-email', points: 30, applies: (facts) => facts.isFreeMail?.value === false },
    { name: 'company-known', points: 20, applies: (facts) => known(facts, 'company') || known(facts, 'companyDomain') },
    { name: 'job-title-known', points: 20, applies: (facts) => known(facts, 'jobTitle') },
    { name: 'senior-job-title', points: 20, applies: (facts) => seniorTitle.test(String(facts.jobTitle?.value ?? '')) },
    { name: 'country-known', points: 10, applies: (facts) => known(facts, 'country') },
  ],
  grades: [
    { grade: 'A', minimum: 80 },
    { grade: 'B', minimum: 60 },
    { grade: 'C', minimum: 40 },
    { grade: 'D', minimum: 0 },
  ],
  mqlThreshold: 50,
};
