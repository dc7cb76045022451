import { EnrichmentProvider } from './enrichment-provider';

export class ProviderCycleError extends Error {
  constructor(readonly providers: string[]) {
    super(`providers depend on each other in a cycle: ${providers.join(', ')}`);
    this.name = 'ProviderCycleError';
  }
}

/**
 * Orders providers so each runs after every provider yielding a field it needs or uses;
 * among providers free to run, the declared order is kept.
 */
export function orderProviders<Provider extends EnrichmentProvider>(providers: readonly Provider[]): Provider[] {
  const names = new Set<string>();
  for (const provider of providers) {
    if (names.has(provider.name)) throw new Error(`two providers are named ${provider.name}`);
    names.add(provider.name);
  }
  const dependsOn = new Map(
    providers.map((provider) => {
      const reads = new Set([...provider.needs, ...(provider.uses ?? [])]);
      const sources = providers.filter((other) => other !== provider && other.yields.some((field) => reads.has(field)));
      return [provider, new Set(sources)] as const;
    }),
  );
  const ordered: Provider[] = [];
  const placed = new Set<Provider>();
  while (ordered.length < providers.length) {
    const next = providers.find(
      (provider) => !placed.has(provider) && [...(dependsOn.get(provider) ?? [])].every((source) => placed.has(source)),
    );
    if (!next) throw new ProviderCycleError(providers.filter((provider) => !placed.has(provider)).map((p) => p.name));
    ordered.push(next);
    placed.add(next);
  }
  return ordered;
}
