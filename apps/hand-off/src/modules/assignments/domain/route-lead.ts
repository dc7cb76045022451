import { LeadForRouting, RoutingRule, Territory } from './lead-for-routing';
import { matchRule } from './match-rule';
import { RepAvailability, SkipReason, skipReason } from './rep-availability';
import { pickWeighted } from './weighted-round-robin';

export interface Assignee {
  kind: 'rep' | 'queue';
  id: string;
}

export interface CandidateRecord {
  repId: string;
  weight: number;
  openAssignments: number;
  capacity: number;
  skipped: SkipReason | null;
}

export interface TeamPick {
  repId: string | null;
  candidates: CandidateRecord[];
  credits: Map<string, number>;
}

/** Weighted round robin over the reps who can take a lead now; every rep considered is recorded. */
export function pickTeamRep(reps: Array<RepAvailability & { id: string }>, now: Date, exclude: string[] = []): TeamPick {
  const candidates = reps.map((rep) => ({
    repId: rep.id,
    weight: rep.weight,
    openAssignments: rep.openAssignments,
    capacity: rep.capacity,
    skipped: exclude.includes(rep.id) ? ('excluded' as const) : skipReason(rep, now),
  }));
  const eligible = reps.filter((_, index) => candidates[index].skipped === null);
  const pick = pickWeighted(eligible.map((rep) => ({ id: rep.id, weight: rep.weight, credit: rep.routingCredit })));
  return { repId: pick?.chosenId ?? null, candidates, credits: pick?.credits ?? new Map() };
}

export interface AccountOwner extends RepAvailability {
  teamId: string;
}

export type Destination =
  | { kind: 'owner'; owner: AccountOwner; reasons: string[] }
  | { kind: 'team'; rule: RoutingRule; reasons: string[] }
  | { kind: 'fallback'; reasons: string[] };

/** Account owner first, then the first matching rule; otherwise the fallback queue. */
export function chooseDestination(
  lead: LeadForRouting,
  owner: AccountOwner | null,
  rules: RoutingRule[],
  territories: Territory[],
): Destination {
  const reasons: string[] = [];
  if (lead.accountOwnerId) {
    if (owner && owner.active && !owner.outOfOffice) {
      return { kind: 'owner', owner, reasons: [`account ${lead.accountId ?? 'unknown'} is owned by ${owner.id}`] };
    }
    const why = !owner ? 'is not a known rep' : !owner.active ? 'is inactive' : 'is out of office';
    reasons.push(`account owner ${lead.accountOwnerId} ${why}`);
  }
  const match = matchRule(lead, rules, territories);
  reasons.push(...match.reasons);
  return match.rule ? { kind: 'team', rule: match.rule, reasons } : { kind: 'fallback', reasons };
}

export interface RoutingDecision {
  assignee: Assignee;
  teamId: string | null;
  ruleId: string | null;
  reasons: string[];
  candidates: CandidateRecord[];
  credits: Map<string, number>;
}

/** Turns a destination and (for a team) the pick inside it into one explainable decision. */
export function decideRouting(destination: Destination, teamPick: TeamPick | null, fallbackQueue: string): RoutingDecision {
  const fallback = (reasons: string[], teamId: string | null, ruleId: string | null, candidates: CandidateRecord[] = []) => ({
    assignee: { kind: 'queue' as const, id: fallbackQueue },
    teamId,
    ruleId,
    reasons: [...reasons, `fallback queue ${fallbackQueue}`],
    candidates,
    credits: new Map<string, number>(),
  });
  if (destination.kind === 'owner') {
    const { owner } = destination;
    return {
      assignee: { kind: 'rep', id: owner.id },
      teamId: owner.teamId,
      ruleId: null,
      reasons: destination.reasons,
      candidates: [],
      credits: new Map(),
    };
  }
  if (destination.kind === 'fallback') return fallback([...destination.reasons, 'no routing rule matched'], null, null);
  const { rule } = destination;
  if (!teamPick?.repId) {
    return fallback([...destination.reasons, `no eligible rep in team ${rule.teamId}`], rule.teamId, rule.id, teamPick?.candidates);
  }
  return {
    assignee: { kind: 'rep', id: teamPick.repId },
    teamId: rule.teamId,
    ruleId: rule.id,
    reasons: [...destination.reasons, `weighted round robin chose ${teamPick.repId}`],
    candidates: teamPick.candidates,
    credits: teamPick.credits,
  };
}
