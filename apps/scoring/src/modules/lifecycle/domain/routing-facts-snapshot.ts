import { EnrichedFact, RoutingFactName } from '@accord/contracts';
import { z } from 'zod';
import { KnownFacts } from '../../playbook/domain/fact-condition';

export type RoutingFactsSnapshot = Partial<Record<RoutingFactName, z.infer<typeof EnrichedFact>>>;

/** The routing facts among those a lead was scored on, as enrichment reported them; facts without provenance are left out. */
export function routingFactsSnapshot(facts: KnownFacts): RoutingFactsSnapshot {
  const snapshot: RoutingFactsSnapshot = {};
  for (const name of RoutingFactName.options) {
    const parsed = EnrichedFact.safeParse(facts[name]);
    if (parsed.success) snapshot[name] = parsed.data;
  }
  return snapshot;
}
