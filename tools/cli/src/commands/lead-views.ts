/** What each service's read endpoint answers about a lead, reduced to where the lead is and what happened last. */
export interface LeadPlace {
  state: string;
  last: string | null;
  at: string | null;
}

export interface CaptureLeadStatus {
  createdAt: string;
  erasedAt: string | null;
  isTest: boolean;
  touchpoints: number;
  lastTouchpoint: { channel: string; source: string; campaign: string | null; occurredAt: string } | null;
}

export interface EnrichmentAnswer {
  enrichedAt: string;
  facts: Record<string, unknown>;
  history: { field: string; trigger: string; observedAt: string }[];
}

export interface ScoreAnswer {
  stage: string;
  fit: { score: number; grade: string };
  engagement: { score: number };
  priority: number;
  lastScoredAt: string;
  history: { scoredAt: string; cause: string }[];
}

export interface RoutingAnswer {
  assignment: { status: string; assignee: { kind: string; id: string }; teamId: string | null; acceptDueAt: string | null; assignedAt: string };
  decisions: { trigger: string; decidedAt: string }[];
}

export type FunnelAnswer = Record<string, unknown>;

const latest = <T extends Record<K, string>, K extends string>(items: T[], key: K): T | undefined =>
  [...items].sort((left, right) => right[key].localeCompare(left[key]))[0];

export function capturePlace(lead: CaptureLeadStatus): LeadPlace {
  const touch = lead.lastTouchpoint;
  return {
    state: lead.erasedAt ? `erased at ${lead.erasedAt}` : `captured${lead.isTest ? ' (test)' : ''}, ${lead.touchpoints} touchpoint(s)`,
    last: touch ? `touchpoint ${touch.channel}/${touch.source}${touch.campaign ? ` campaign ${touch.campaign}` : ''}` : 'captured',
    at: lead.erasedAt ?? touch?.occurredAt ?? lead.createdAt,
  };
}

export function enrichmentPlace(answer: EnrichmentAnswer): LeadPlace {
  const change = latest(answer.history, 'observedAt');
  return {
    state: `${Object.keys(answer.facts).length} fact(s): ${Object.keys(answer.facts).sort().join(', ') || '-'}`,
    last: change ? `enriched (${change.trigger}), ${change.field} changed` : 'enriched',
    at: answer.enrichedAt,
  };
}

export function scoringPlace(answer: ScoreAnswer): LeadPlace {
  const scored = latest(answer.history, 'scoredAt');
  return {
    state: `stage ${answer.stage}, fit ${answer.fit.score} (${answer.fit.grade}), engagement ${answer.engagement.score}, priority ${answer.priority}`,
    last: `scored (${scored?.cause ?? 'unknown cause'})`,
    at: answer.lastScoredAt,
  };
}

export function handOffPlace(answer: RoutingAnswer, now: Date): LeadPlace {
  const { assignment } = answer;
  const decision = latest(answer.decisions, 'decidedAt');
  const due = assignment.acceptDueAt;
  const sla = !due || assignment.status !== 'assigned' ? '' : new Date(due) < now ? `, SLA breached (due ${due})` : `, accept by ${due}`;
  return {
    state: `${assignment.status} to ${assignment.assignee.kind} ${assignment.assignee.id}${assignment.teamId ? ` in team ${assignment.teamId}` : ''}${sla}`,
    last: decision ? `routed (${decision.trigger})` : 'assigned',
    at: decision?.decidedAt ?? assignment.assignedAt,
  };
}

const funnelSteps: [string, string][] = [
  ['capturedAt', 'captured'],
  ['mqlAt', 'MQL'],
  ['assignedAt', 'assigned'],
  ['acceptedAt', 'accepted'],
  ['rejectedAt', 'rejected'],
  ['recycledAt', 'recycled'],
  ['sqlAt', 'SQL'],
  ['slaBreachedAt', 'SLA breached'],
];

export function rewardsPlace(answer: FunnelAnswer): LeadPlace {
  const reached = funnelSteps
    .filter(([field]) => typeof answer[field] === 'string')
    .map(([field, name]) => ({ name, at: answer[field] as string }))
    .sort((left, right) => left.at.localeCompare(right.at));
  const last = reached[reached.length - 1];
  return {
    state: `funnel: ${reached.map((step) => step.name).join(' > ') || 'no stage yet'}`,
    last: last ? `${last.name}` : null,
    at: last?.at ?? null,
  };
}
