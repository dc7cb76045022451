import { Fact, Facts } from './fact';

export interface SubmittedPerson {
  jobTitle: string | null;
  company: string | null;
  country: string | null;
}

/** What the person told us on the form, kept as facts so scoring reads one shape. */
export function submittedFacts(person: SubmittedPerson, observedAt: string): Facts {
  const facts: Facts = {};
  for (const [name, value] of Object.entries(person) as [keyof SubmittedPerson, string | null][]) {
    if (value !== null) facts[name] = { value, provider: 'submission', observedAt } satisfies Fact;
  }
  return facts;
}
