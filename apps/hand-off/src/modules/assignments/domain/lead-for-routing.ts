import { RoutingFacts } from '../../lead-profiles/domain/routing-facts';

export interface LeadForRouting extends RoutingFacts {
  source?: string | null;
  emailHash?: string | null;
}

export interface Territory {
  id: string;
  countries: string[];
  regions: string[];
  minEmployees: number | null;
  maxEmployees: number | null;
}

export interface RuleConditions {
  territoryIds?: string[];
  segments?: string[];
  productInterests?: string[];
  sources?: string[];
}

export interface RoutingRule {
  id: string;
  name: string;
  teamId: string;
  conditions: RuleConditions;
}
