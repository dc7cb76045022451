/** The facts routing uses; any of them may be unknown. */
export interface RoutingFacts {
  country?: string | null;
  region?: string | null;
  employeeCount?: number | null;
  segment?: string | null;
  productInterest?: string | null;
  accountId?: string | null;
  accountOwnerId?: string | null;
}

type FactValue = string | number | boolean | null;

const text = (value: FactValue | undefined): string | null | undefined => {
  if (value === undefined) return undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

const count = (value: FactValue | undefined): number | null | undefined => {
  if (value === undefined) return undefined;
  const number = typeof value === 'string' ? Number(value.replace(/[^\d.]/g, '')) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? Math.round(number) : null;
};

/** Reads what routing needs from enrichment facts; a fact that is absent leaves what we knew alone. */
export function routingFactsFrom(facts: Record<string, { value: FactValue }>): RoutingFacts {
  const country = text(facts['country']?.value);
  const found: RoutingFacts = {
    country: country === undefined || country === null ? country : country.toUpperCase(),
    region: text(facts['region']?.value),
    employeeCount: count(facts['employeeCount']?.value),
    segment: text(facts['segment']?.value),
    productInterest: text(facts['productInterest']?.value),
    accountId: text(facts['accountId']?.value),
    accountOwnerId: text(facts['accountOwnerId']?.value),
  };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)) as RoutingFacts;
}
