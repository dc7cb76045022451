import { z } from 'zod';
import { Activity, CaptureChannel, opportunityOutcomeV1, RejectionReason } from '@accord/contracts';
import { PlannedLead } from './traffic-plan';

/** The lead fields capture requires of every channel, in the contracts' own vocabulary. */
const plannedLeadRequest = z.object({
  email: z.email().max(320),
  firstName: z.string().min(1).max(200),
  lastName: z.string().min(1).max(200),
  jobTitle: z.string().min(1).max(200),
  company: z.string().min(1).max(300),
  country: z.string().regex(/^[A-Z]{2}$/),
  occurredAt: z.iso.datetime(),
});

/** Problems of a planned lead against the event contracts; empty when all is valid. */
export function contractProblems(lead: PlannedLead, leadId: string): string[] {
  const problems: string[] = [];
  const check = (what: string, schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    if (!result.success) problems.push(`${what}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  };
  check('lead request', plannedLeadRequest, lead.request);
  check('channel', CaptureChannel, lead.campaign.channel);
  lead.activities.forEach((activity, index) => check(`activity ${index}`, Activity, { ...activity, activityId: `demo-${index}`, leadId }));
  if (lead.verdict.kind === 'reject') check('rejection reason', RejectionReason, lead.verdict.reason);
  if (lead.verdict.kind === 'accept' && lead.verdict.outcome) {
    const { outcome } = lead.verdict;
    check('opportunity outcome', opportunityOutcomeV1.payload, {
      outcomeId: 'crm-demo',
      leadId,
      email: null,
      opportunityId: 'opp-demo',
      outcome: outcome.outcome,
      amount: { amountMinor: outcome.amountMinor, currency: outcome.currency },
      closedAt: outcome.closedAt,
      lostReason: outcome.lostReason,
    });
  }
  return problems;
}
