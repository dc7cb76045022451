import { RoutingFacts } from '../../lead-profiles/domain/routing-facts';

/** A segment named by enrichment wins; otherwise company size decides. */
export function segmentOf(facts: RoutingFacts): string | null {
  if (facts.segment) return facts.segment;
  if (facts.employeeCount === null || facts.employeeCount === undefined) return null;
  if (facts.employeeCount < 50) return 'smb';
  if (facts.employeeCount < 1000) return 'mid_market';
  return 'enterprise';
}
