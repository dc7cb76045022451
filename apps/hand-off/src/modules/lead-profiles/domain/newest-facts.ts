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
 * The facts of a report (enrichment's event, or the snapshot an MQL carries) that are at least as
 * new as what is held; the two arrive on different topics, so either may come second.
 */
export function newestFacts(held: FactsObservedAt, reported: Partial<Record<string, ObservedFact>>): FactsUpdate {
  const fresher = Object.fromEntries(
    Object.entries(reported).filter((entry): entry is [string, ObservedFact] => {
      const [name, fact] = entry;
      const heldAt = held[name as keyof RoutingFacts];
      return fact !== undefined && (heldAt === undefined || Date.parse(fact.observedAt) >= Date.parse(heldAt));
    }),
  );
  const facts = routingFactsFrom(fresher);
  const observedAt = Object.fromEntries(Object.keys(facts).map((name) => [name, fresher[name].observedAt])) as FactsObservedAt;
  return { facts, observedAt };
}
