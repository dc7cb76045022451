import { RoutingFacts, routingFactsFrom } from './routing-facts';

/** When each routing fact hand-off holds was observed (ISO instants), by fact name. */
export type FactsObservedAt = Partial<Record<keyof RoutingFacts, string>>;

export interface ObservedFact {
  value: string | number | boolean | null;
  observedAt: string;
}

export interface FactsUpdate {
  facts: RoutingFacts;
  observedAt: FactsObservedAt;
}

/**
 * The routing facts a report (enrichment's event, or the snapshot an MQL carries) states, each with when
 * it was observed; whether a fact is newer than the one held is for the statement that stores it.
 */
export function reportedFacts(reported: Partial<Record<string, ObservedFact>>): FactsUpdate {
  const stated = Object.fromEntries(Object.entries(reported).filter((entry): entry is [string, ObservedFact] => entry[1] !== undefined));
  const facts = routingFactsFrom(stated);
  const observedAt = Object.fromEntries(Object.keys(facts).map((name) => [name, stated[name].observedAt])) as FactsObservedAt;
  return { facts, observedAt };
}
