import { PipelineUnderTest, Service, services } from '../support/pipeline-under-test';
import { ReportedOutcome } from './outcome-feed';

export interface Reach {
  capture: number;
  enrichment: number;
  scoringMql: number;
  handOffAssignedToRep: number;
  rewardsFunnelAssigned: number;
  outcomesMatched: number;
  wonDealsCredited: number;
}

/** How many of the accepted leads (and reported outcomes) each service holds the effect of. */
export async function measureReach(pipeline: PipelineUnderTest, leadIds: string[], outcomes: readonly ReportedOutcome[]): Promise<Reach> {
  const wonIds = outcomes.filter((outcome) => outcome.outcome === 'won').map((outcome) => outcome.opportunityId);
  const [capture, enrichment, scoringMql, handOffAssignedToRep, rewardsFunnelAssigned, outcomesMatched, wonDealsCredited] = await Promise.all([
    pipeline.count('capture', 'SELECT count(*) FROM leads WHERE id = ANY($1::uuid[])', [leadIds]),
    pipeline.count('enrichment', 'SELECT count(*) FROM lead_profiles WHERE lead_id = ANY($1::uuid[])', [leadIds]),
    pipeline.count('scoring', "SELECT count(DISTINCT lead_id) FROM stage_transitions WHERE to_stage = 'mql' AND lead_id = ANY($1::uuid[])", [leadIds]),
    pipeline.count('hand-off', "SELECT count(*) FROM assignments WHERE assignee_kind = 'rep' AND lead_id = ANY($1::uuid[])", [leadIds]),
    pipeline.count('rewards', 'SELECT count(*) FROM funnel_leads WHERE assigned_at IS NOT NULL AND lead_id = ANY($1::uuid[])', [leadIds]),
    pipeline.count('hand-off', 'SELECT count(*) FROM opportunity_outcomes WHERE matched_lead_id IS NOT NULL AND external_id = ANY($1)', [
      outcomes.map((outcome) => outcome.outcomeId),
    ]),
    pipeline.count('rewards', 'SELECT count(DISTINCT opportunity_id) FROM attribution_credits WHERE opportunity_id = ANY($1)', [wonIds]),
  ]);
  return { capture, enrichment, scoringMql, handOffAssignedToRep, rewardsFunnelAssigned, outcomesMatched, wonDealsCredited };
}

export interface Duplicates {
  capturedEventsPerLead: number;
  mqlTransitionsPerLead: number;
  mqlEventsPerLead: number;
  assignedEventsPerLead: number;
  closedEventsPerOpportunity: number;
  activitiesBeyondSent: number;
  creditSetsNotSummingToDeal: number;
}

/** Leads (or deals) with an effect more than once; every figure must be 0. */
export async function findDuplicates(pipeline: PipelineUnderTest, leadIds: string[], outcomes: readonly ReportedOutcome[], activitiesAccepted: number): Promise<Duplicates> {
  const moreThanOnce = (service: Parameters<PipelineUnderTest['count']>[0], grouped: string, values: unknown[]) =>
    pipeline.count(service, `SELECT count(*) FROM (${grouped} HAVING count(*) > 1) AS repeated`, values);
  const won = outcomes.filter((outcome) => outcome.outcome === 'won');
  const [capturedEventsPerLead, mqlTransitionsPerLead, mqlEventsPerLead, assignedEventsPerLead, closedEventsPerOpportunity, activities, creditSetsNotSummingToDeal] =
    await Promise.all([
      moreThanOnce('capture', "SELECT key FROM outbox WHERE topic LIKE '%capture.lead.captured.v1' AND key = ANY($1) GROUP BY key", [leadIds]),
      moreThanOnce('scoring', "SELECT lead_id FROM stage_transitions WHERE to_stage = 'mql' AND lead_id = ANY($1::uuid[]) GROUP BY lead_id", [leadIds]),
      moreThanOnce(
        'scoring',
        "SELECT key FROM outbox WHERE topic LIKE '%scoring.lead.stage-changed.v1' AND payload->'payload'->>'to' = 'mql' AND key = ANY($1) GROUP BY key",
        [leadIds],
      ),
      moreThanOnce('hand-off', "SELECT key FROM outbox WHERE topic LIKE '%hand-off.lead.assigned.v1' AND key = ANY($1) GROUP BY key", [leadIds]),
      moreThanOnce(
        'hand-off',
        "SELECT payload->'payload'->>'opportunityId' FROM outbox WHERE topic LIKE '%hand-off.opportunity.closed.v1' AND key = ANY($1) GROUP BY 1",
        [leadIds],
      ),
      pipeline.count('scoring', "SELECT count(*) FROM activities WHERE type IN ('page_view', 'email_click') AND lead_id = ANY($1::uuid[])", [leadIds]),
      pipeline.count(
        'rewards',
        `SELECT count(*) FROM (
           SELECT c.opportunity_id, c.model, sum(c.amount_minor) AS credited, d.amount
           FROM attribution_credits c JOIN unnest($1::text[], $2::bigint[]) AS d(opportunity_id, amount) USING (opportunity_id)
           GROUP BY c.opportunity_id, c.model, d.amount HAVING sum(c.amount_minor) <> d.amount
         ) AS wrong`,
        [won.map((outcome) => outcome.opportunityId), won.map((outcome) => outcome.amountMinor)],
      ),
    ]);
  return {
    capturedEventsPerLead,
    mqlTransitionsPerLead,
    mqlEventsPerLead,
    assignedEventsPerLead,
    closedEventsPerOpportunity,
    activitiesBeyondSent: Math.max(0, activities - activitiesAccepted),
    creditSetsNotSummingToDeal,
  };
}

/** The producing service's outbox rows of some events, to tell when each was written and published. */
export function outboxRowsOf(pipeline: PipelineUnderTest, eventType: string, eventIds: string[]) {
  const producer = services.find((service) => eventType.startsWith(`${service}.`)) as Service;
  return pipeline.query<{ id: string; event_id: string; created_at: Date; published_at: Date | null }>(
    producer,
    'SELECT id::text, event_id::text, created_at, published_at FROM outbox WHERE event_id = ANY($1::uuid[]) ORDER BY id',
    [eventIds],
  );
}
