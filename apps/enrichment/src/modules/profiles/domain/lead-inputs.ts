import { ProviderInput } from './enrichment-provider';

export interface SubmittedPerson {
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  jobTitle: string | null;
  company: string | null;
  country: string | null;
}

/** What a new submission adds to what the person told us before: a blank field keeps the earlier answer. */
export function mergeInputs(previous: ProviderInput, person: SubmittedPerson): ProviderInput {
  const merged: ProviderInput = { ...previous };
  for (const [field, value] of Object.entries(person)) {
    if (typeof value === 'string' && value.trim() !== '') merged[field] = value.trim();
  }
  return merged;
}

/**
 * A lead's first submission arriving after later ones (its topic is consumed independently of the
 * touchpoints): it only fills what the later submissions left blank.
 */
export function fillMissingInputs(previous: ProviderInput, person: SubmittedPerson): ProviderInput {
  return { ...mergeInputs({}, person), ...previous };
}
