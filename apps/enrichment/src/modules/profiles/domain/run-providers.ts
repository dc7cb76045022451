import { EnrichmentProvider, ProviderInput } from './enrichment-provider';
import { Claims, FactValue, Facts } from './fact';
import { ProviderClaims } from './merge-facts';

export type ProviderOutcome =
  | { status: 'answered'; claims: Claims }
  | { status: 'failed'; reason: string; retryAfterMs?: number };

export interface ProviderFailure {
  provider: string;
  reason: string;
  retryAfterMs?: number;
}

export interface PipelineRun {
  answers: ProviderClaims[];
  failures: ProviderFailure[];
}

export type InvokeProvider = (provider: EnrichmentProvider, input: ProviderInput) => Promise<ProviderOutcome>;

const isKnown = (value: FactValue | undefined): value is Exclude<FactValue, null> =>
  value !== undefined && value !== null && value !== '';

/** What providers may read: the facts known so far, with what the person submitted on top. */
export function knownValues(facts: Facts, submitted: ProviderInput): ProviderInput {
  const known: ProviderInput = {};
  for (const [field, fact] of Object.entries(facts)) known[field] = fact.value;
  for (const [field, value] of Object.entries(submitted)) if (isKnown(value)) known[field] = value;
  return known;
}

/** The input a provider gets, or undefined while a field it needs is unknown. */
export function providerInput(provider: EnrichmentProvider, known: ProviderInput): ProviderInput | undefined {
  if (!provider.needs.every((field) => isKnown(known[field]))) return undefined;
  const input: ProviderInput = {};
  for (const field of [...provider.needs, ...(provider.uses ?? [])]) {
    if (isKnown(known[field])) input[field] = known[field];
  }
  return input;
}

/**
 * Runs providers in the given (dependency) order. Each sees what earlier ones found; a provider
 * that fails leaves its fields as they were and the rest carry on without it.
 */
export async function runProviders(
  ordered: readonly EnrichmentProvider[],
  submitted: ProviderInput,
  current: Facts,
  invoke: InvokeProvider,
): Promise<PipelineRun> {
  const known = knownValues(current, submitted);
  const run: PipelineRun = { answers: [], failures: [] };
  for (const provider of ordered) {
    const input = providerInput(provider, known);
    if (!input) continue;
    const outcome = await invoke(provider, input);
    if (outcome.status === 'failed') {
      run.failures.push({ provider: provider.name, reason: outcome.reason, retryAfterMs: outcome.retryAfterMs });
      continue;
    }
    const claims = onlyDeclared(provider, outcome.claims);
    run.answers.push({ provider: provider.name, claims });
    for (const [field, claim] of Object.entries(claims)) {
      if (!isKnown(submitted[field])) known[field] = claim.value;
    }
  }
  return run;
}

function onlyDeclared(provider: EnrichmentProvider, claims: Claims): Claims {
  return Object.fromEntries(Object.entries(claims).filter(([field]) => provider.yields.includes(field)));
}
