export type FactValue = string | number | boolean | null;

/**
 * How a value came to be known: typed by the person, derived from what they typed by fixed rules,
 * matched to a CRM record, or guessed by an outside source.
 */
export type FactOrigin = 'typed' | 'derived' | 'matched' | 'guessed';

/** One thing known about a lead and where it came from. */
export interface Fact {
  value: FactValue;
  provider: string;
  confidence: number;
  origin: FactOrigin;
  observedAt: string;
}

export type Facts = Record<string, Fact>;

/** A provider's statement about one field, before the merge policy weighs it against others. */
export interface FactClaim {
  value: FactValue;
  confidence: number;
  origin: FactOrigin;
}

export type Claims = Record<string, FactClaim>;
