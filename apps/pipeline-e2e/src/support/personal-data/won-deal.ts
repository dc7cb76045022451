import { eventually } from '@accord/testing';
import { act, put, wonOutcome } from '../observability/operator-traffic';
import { PipelineUnderTest } from '../pipeline-under-test';
import { RawKafka } from '../raw-kafka';

const aroundTheClock = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };
const patience = { timeoutMs: 60_000, intervalMs: 200 };

/** A team with one rep that receives every lead of `source`, with an SLA far away. */
export async function organiseTeam(pipeline: PipelineUnderTest, source: string): Promise<void> {
  const sla = { acceptWithinBusinessHours: 8, remindBeforeMinutes: 0, reassignOnBreach: false };
  await put(pipeline, `/v1/teams/${source}`, { name: source, managerId: `${source}-manager`, timeZone: 'UTC', workingHours: aroundTheClock, sla });
  await put(pipeline, `/v1/reps/${source}-rep`, { teamId: source, name: 'Rep', role: 'sales', capacity: 100, timeZone: 'UTC', workingHours: aroundTheClock });
  await put(pipeline, `/v1/routing-rules/${source}`, { position: 1, name: source, teamId: source, conditions: { sources: [source] } });
}

/**
 * Takes a captured lead all the way to a won deal: the rep accepts and converts it, and the CRM
 * reports the win naming the lead and the e-mail it came from (so hand-off keeps an e-mail hash).
 */
export async function winDeal(pipeline: PipelineUnderTest, leadId: string, email: string): Promise<string> {
  const assignment = await eventually(async () => {
    const [row] = await pipeline.query<{ id: string; assignee_id: string; assignee_kind: string }>(
      'hand-off',
      'SELECT id, assignee_id, assignee_kind FROM assignments WHERE lead_id = $1',
      [leadId],
    );
    expect(row?.assignee_kind).toBe('rep');
    return row;
  }, patience);
  const opportunityId = `opp-${leadId}`;
  await act(pipeline, assignment, 'accept', {});
  await act(pipeline, assignment, 'convert', { opportunityId });
  const outcome = wonOutcome(leadId, opportunityId);
  await new RawKafka(pipeline.brokers).produce(pipeline.topic('crm.opportunity.outcome.v1'), [
    { key: leadId, value: JSON.stringify({ ...outcome, payload: { ...outcome.payload, email } }) },
  ]);
  return opportunityId;
}

export interface AttributionGroup {
  key: string;
  credited: { amountMinor: number; currency: string };
}

/** Revenue attributed by campaign under every model, as rewards reports it. */
export async function attributionTotals(pipeline: PipelineUnderTest): Promise<Record<string, AttributionGroup[]>> {
  const models = ['first_touch', 'last_touch', 'linear', 'u_shaped', 'w_shaped', 'time_decay'];
  const totals: Record<string, AttributionGroup[]> = {};
  for (const model of models) {
    const response = await pipeline.request('rewards', 'GET', `/v1/attribution?model=${model}&groupBy=campaign`);
    if (response.status !== 200) throw new Error(`rewards answered ${response.status}: ${await response.text()}`);
    totals[model] = ((await response.json()) as { groups: AttributionGroup[] }).groups;
  }
  return totals;
}

/** Waits until rewards credits a won deal's whole amount in every model and answers their totals. */
export function attributedRevenue(pipeline: PipelineUnderTest, amountMinor: number): Promise<Record<string, AttributionGroup[]>> {
  return eventually(async () => {
    const totals = await attributionTotals(pipeline);
    for (const groups of Object.values(totals)) expect(groups.reduce((sum, group) => sum + group.credited.amountMinor, 0)).toBe(amountMinor);
    return totals;
  }, patience);
}
