export interface OutcomeReport {
  opportunityId: string;
  outcome: 'won' | 'lost';
  amount: { amountMinor: number; currency: string };
  closedAt: string;
  lostReason: string | null;
}

export interface WorkedAssignment {
  leadId: string;
  assigneeKind: string;
  assigneeId: string;
  track: string;
}

/** Marketing-track wins are credited to the marketer who worked them; losses are credited to no one. */
export function closedOpportunity(report: OutcomeReport, assignment: WorkedAssignment) {
  const track = assignment.track === 'marketing' ? ('marketing' as const) : ('sales' as const);
  const ownerId = assignment.assigneeKind === 'rep' ? assignment.assigneeId : null;
  return {
    leadId: assignment.leadId,
    opportunityId: report.opportunityId,
    outcome: report.outcome,
    amount: report.amount,
    closedAt: report.closedAt,
    track,
    ownerId,
    creditedMarketerId: track === 'marketing' && report.outcome === 'won' ? ownerId : null,
    lostReason: report.outcome === 'lost' ? report.lostReason : null,
  };
}
