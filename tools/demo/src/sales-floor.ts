import { reps, teams } from './demo-company';
import { OpportunityOutcome } from './crm-outcomes';
import { call, HttpError, PlatformUrls } from './platform-client';
import { PlannedLead } from './traffic-plan';

export interface Routing {
  assignment: { id: string; assignee: { kind: string; id: string }; teamId: string | null; status: string };
}

export interface SalesTally {
  accepted: number;
  rejected: number;
  recycled: number;
  converted: number;
  delegated: number;
  left: number;
  refused: string[];
}

export const emptyTally = (): SalesTally => ({ accepted: 0, rejected: 0, recycled: 0, converted: 0, delegated: 0, left: 0, refused: [] });

export async function routingOf(urls: PlatformUrls, leadId: string): Promise<Routing | null> {
  try {
    return await call<Routing>('GET', `${urls.handOff}/v1/leads/${leadId}/routing`);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return null;
    throw error;
  }
}

const act = (urls: PlatformUrls, assignmentId: string, action: string, repId: string, body: unknown = {}) =>
  call('POST', `${urls.handOff}/v1/assignments/${assignmentId}/${action}`, body, { 'x-rep-id': repId });

/**
 * What the rep (or, for a delegated lead, the marketer) does with an assigned lead, as the plan says;
 * the CRM outcome of a converted lead is returned for the sales tool to report.
 */
export async function workLead(urls: PlatformUrls, lead: PlannedLead, leadId: string, routing: Routing, tally: SalesTally): Promise<OpportunityOutcome | null> {
  let { assignment } = routing;
  if (assignment.assignee.kind !== 'rep' || assignment.status !== 'assigned') {
    tally.left += 1;
    return null;
  }
  const verdict = lead.verdict;
  try {
    if (verdict.kind === 'pending') {
      tally.left += 1;
      return null;
    }
    if (verdict.kind === 'reject') {
      await act(urls, assignment.id, 'reject', assignment.assignee.id, { reason: verdict.reason, note: verdict.note || null });
      tally.rejected += 1;
      return null;
    }
    if (verdict.kind === 'recycle') {
      await act(urls, assignment.id, 'recycle', assignment.assignee.id, { note: verdict.note });
      tally.recycled += 1;
      return null;
    }
    const team = teams.find((candidate) => candidate.id === assignment.teamId);
    const marketer = reps.find((rep) => rep.role === 'marketing' && rep.teamId === assignment.teamId);
    if (verdict.delegateToMarketing && team && marketer) {
      await act(urls, assignment.id, 'delegate', team.managerId, { marketerId: marketer.id });
      tally.delegated += 1;
      assignment = (await routingOf(urls, leadId))?.assignment ?? assignment;
    }
    await act(urls, assignment.id, 'accept', assignment.assignee.id);
    tally.accepted += 1;
    if (!verdict.convert) return null;
    const opportunityId = `opp-${leadId.slice(-12)}`;
    await act(urls, assignment.id, 'convert', assignment.assignee.id, { opportunityId });
    tally.converted += 1;
    if (!verdict.outcome) return null;
    const { outcome } = verdict;
    return {
      outcomeId: `crm-${opportunityId}`,
      leadId,
      email: null,
      opportunityId,
      outcome: outcome.outcome,
      amount: { amountMinor: outcome.amountMinor, currency: outcome.currency },
      closedAt: outcome.closedAt,
      lostReason: outcome.lostReason,
    };
  } catch (error) {
    tally.refused.push((error as Error).message);
    return null;
  }
}
