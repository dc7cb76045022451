export interface RoutingDecision {
  assignee: { kind: 'rep' | 'queue'; id: string };
  reasons: string[];
  acceptDueAt: Date;
}

export interface FallbackRouting {
  queue: string;
  acceptWithinHours: number;
}

export const defaultFallbackRouting: FallbackRouting = { queue: 'inbound', acceptWithinHours: 4 };

/** With no teams, rules or reps configured, every qualified lead waits in the fallback queue. */
export function routeLead(qualifiedAt: Date, fallback: FallbackRouting): RoutingDecision {
  return {
    assignee: { kind: 'queue', id: fallback.queue },
    reasons: [`no routing rule matched: fallback queue ${fallback.queue}`],
    acceptDueAt: new Date(qualifiedAt.getTime() + fallback.acceptWithinHours * 3_600_000),
  };
}
