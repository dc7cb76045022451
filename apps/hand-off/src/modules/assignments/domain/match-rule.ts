import { LeadForRouting, RoutingRule, Territory } from './lead-for-routing';
import { segmentOf } from './segment';

export function isInTerritory(lead: LeadForRouting, territory: Territory): boolean {
  const anywhere = territory.countries.length === 0 && territory.regions.length === 0;
  const country = lead.country?.toUpperCase();
  const region = lead.region?.toLowerCase();
  const located =
    anywhere ||
    (!!country && territory.countries.includes(country)) ||
    (!!region && territory.regions.some((candidate) => candidate.toLowerCase() === region));
  if (!located) return false;
  if (territory.minEmployees === null && territory.maxEmployees === null) return true;
  const size = lead.employeeCount;
  if (size === null || size === undefined) return false;
  return size >= (territory.minEmployees ?? 0) && size <= (territory.maxEmployees ?? Number.MAX_SAFE_INTEGER);
}

const includesIgnoringCase = (values: string[] | undefined, value: string | null | undefined) =>
  !values?.length || (!!value && values.some((candidate) => candidate.toLowerCase() === value.toLowerCase()));

/** Why a rule does not apply, or null when every condition it sets holds. */
export function ruleMismatch(lead: LeadForRouting, rule: RoutingRule, territories: Map<string, Territory>): string | null {
  const { territoryIds, segments, productInterests, sources } = rule.conditions;
  if (territoryIds?.length) {
    const inside = territoryIds.some((id) => {
      const territory = territories.get(id);
      return territory !== undefined && isInTerritory(lead, territory);
    });
    if (!inside) return `not in territory ${territoryIds.join(' or ')}`;
  }
  const segment = segmentOf(lead);
  if (!includesIgnoringCase(segments, segment)) return `segment ${segment ?? 'unknown'} is not ${segments?.join(' or ')}`;
  if (!includesIgnoringCase(productInterests, lead.productInterest)) {
    return `product interest ${lead.productInterest ?? 'unknown'} is not ${productInterests?.join(' or ')}`;
  }
  if (!includesIgnoringCase(sources, lead.source)) return `source ${lead.source ?? 'unknown'} is not ${sources?.join(' or ')}`;
  return null;
}

export interface RuleMatch {
  rule: RoutingRule | null;
  reasons: string[];
}

/** Rules are tried in order; the first whose conditions all hold wins. */
export function matchRule(lead: LeadForRouting, rules: RoutingRule[], territories: Territory[]): RuleMatch {
  const byId = new Map(territories.map((territory) => [territory.id, territory]));
  const reasons: string[] = [];
  for (const rule of rules) {
    const mismatch = ruleMismatch(lead, rule, byId);
    if (mismatch === null) {
      reasons.push(`rule ${rule.id} (${rule.name}) matched: team ${rule.teamId}`);
      return { rule, reasons };
    }
    reasons.push(`rule ${rule.id} skipped: ${mismatch}`);
  }
  return { rule: null, reasons };
}
