import { Claims, Fact, Facts } from './fact';
import { preferredFact } from './merge-policy';

export interface ProviderClaims {
  provider: string;
  claims: Claims;
}

export interface MergedFacts {
  facts: Facts;
  /** Fields whose value differs from before, sorted. */
  changed: string[];
}

/**
 * Folds fresh claims into what is known. A provider that answered speaks again for its fields;
 * the facts of providers that did not answer (failed, not applicable) stay as they were.
 * A fact whose value did not change keeps its original provenance.
 */
export function mergeFacts(current: Facts, answers: readonly ProviderClaims[], observedAt: string): MergedFacts {
  const answered = new Set(answers.map((answer) => answer.provider));
  const candidates = new Map<string, Fact[]>();
  const propose = (field: string, fact: Fact) => candidates.set(field, [...(candidates.get(field) ?? []), fact]);
  for (const [field, fact] of Object.entries(current)) {
    if (!answered.has(fact.provider)) propose(field, fact);
  }
  for (const { provider, claims } of answers) {
    for (const [field, claim] of Object.entries(claims)) propose(field, { ...claim, provider, observedAt });
  }

  const facts: Facts = {};
  const changed = new Set<string>();
  for (const [field, proposals] of candidates) {
    const winner = proposals.reduce(preferredFact);
    const before = current[field];
    if (before && before.value === winner.value) {
      facts[field] = before;
    } else {
      facts[field] = winner;
      changed.add(field);
    }
  }
  for (const field of Object.keys(current)) if (!(field in facts)) changed.add(field);
  return { facts, changed: [...changed].sort() };
}
