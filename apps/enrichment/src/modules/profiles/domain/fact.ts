export type FactValue = string | number | boolean | null;

/** One thing known about a lead and where it came from. */
export type Fact = {
  value: FactValue;
  provider: string;
  observedAt: string;
};

export type Facts = Record<string, Fact>;
