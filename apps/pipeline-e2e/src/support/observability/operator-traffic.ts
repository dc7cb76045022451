import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { qualifyingLead } from '../lead-fixtures';
import { PipelineUnderTest } from '../pipeline-under-test';
import { RawKafka } from '../raw-kafka';
import { repositoryRoot } from './observability-files';

const aroundTheClock = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' };

/** Leads of a team whose SLA window is one minute and three seconds, reminded after three seconds. */
const remindedTeam = { id: 'dash-remind', sla: { acceptWithinBusinessHours: 0.0175, remindBeforeMinutes: 1, reassignOnBreach: false } };
/** Leads of a team whose SLA is breached within two seconds. */
const breachedTeam = { id: 'dash-breach', sla: { acceptWithinBusinessHours: 0.0005, remindBeforeMinutes: 0, reassignOnBreach: false } };

export interface TrafficSummary {
  sources: string[];
  leadsCreated: number;
  mqls: number;
}

/**
 * Everything an operator's dashboards show, done through the services' own APIs and topics: leads
 * captured, qualified and routed to two teams; one accepted, converted and won; one rejected; SLA
 * reminders and a breach; a 401; and a poison message that gets dead-lettered.
 */
export async function driveOperatorTraffic(pipeline: PipelineUnderTest): Promise<TrafficSummary> {
  for (const team of [remindedTeam, breachedTeam]) await organise(pipeline, team);

  const leads = [
    ...[1, 2, 3].map((index) => ({ team: remindedTeam, email: `ada.${index}@dash-robotics.de` })),
    { team: breachedTeam, email: 'grace.breach@dash-robotics.be' },
  ];
  const leadIds: string[] = [];
  for (const lead of leads) {
    const response = await pipeline.postLead(qualifyingLead(lead.email, lead.team.id));
    if (response.status !== 201) throw new Error(`capture answered ${response.status}: ${await response.text()}`);
    leadIds.push(((await response.json()) as { leadId: string }).leadId);
  }
  const unauthorised = await fetch(`${pipeline.service('capture').url}/v1/leads`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (unauthorised.status !== 401) throw new Error(`capture let an unauthenticated request through: ${unauthorised.status}`);

  const assignments = await eventually(
    async () => {
      const rows = await pipeline.query<{ id: string; lead_id: string; assignee_id: string; assignee_kind: string }>(
        'hand-off',
        'SELECT id, lead_id, assignee_id, assignee_kind FROM assignments WHERE lead_id = ANY($1::uuid[])',
        [leadIds],
      );
      expect(rows.map((row) => row.assignee_kind)).toEqual(leadIds.map(() => 'rep'));
      return new Map(rows.map((row) => [row.lead_id, row]));
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  const won = required(assignments.get(leadIds[0]));
  const rejected = required(assignments.get(leadIds[1]));
  const opportunityId = `opp-${uuidv7()}`;
  await act(pipeline, won, 'accept', {});
  await act(pipeline, rejected, 'reject', { reason: 'bad_fit', note: 'not our market' });
  await act(pipeline, won, 'convert', { opportunityId });

  const kafka = new RawKafka(pipeline.brokers);
  await kafka.produce(pipeline.topic('crm.opportunity.outcome.v1'), [
    { key: leadIds[0], value: JSON.stringify(wonOutcome(leadIds[0], opportunityId)) },
  ]);
  await kafka.produce(pipeline.topic('capture.lead.captured.v1'), [{ key: uuidv7(), value: '{"not": json' }]);
  return { sources: [remindedTeam.id, breachedTeam.id], leadsCreated: leads.length, mqls: leads.length };
}

async function organise(pipeline: PipelineUnderTest, team: typeof remindedTeam): Promise<void> {
  const rep = `${team.id}-rep`;
  await put(pipeline, `/v1/teams/${team.id}`, { name: team.id, managerId: `${team.id}-manager`, timeZone: 'UTC', workingHours: aroundTheClock, sla: team.sla });
  await put(pipeline, `/v1/reps/${rep}`, { teamId: team.id, name: rep, role: 'sales', capacity: 100, timeZone: 'UTC', workingHours: aroundTheClock });
  // By source, which hand-off learns from the captured event two hops before the MQL; facts from
  // enrichment may arrive after the MQL, and a lead routed without them would go to the queue.
  await put(pipeline, `/v1/routing-rules/${team.id}`, { position: 1, name: team.id, teamId: team.id, conditions: { sources: [team.id] } });
}

/** The assignment's rep acts on it, with a token of their own. */
export async function act(pipeline: PipelineUnderTest, assignment: { id: string; assignee_id: string }, action: string, body: object): Promise<void> {
  const response = await pipeline.request('hand-off', 'POST', `/v1/assignments/${assignment.id}/${action}`, body, { rep: assignment.assignee_id });
  if (response.status >= 300) throw new Error(`${action} answered ${response.status}: ${await response.text()}`);
}

/** Hand-off's organisation, set up by an admin. */
export async function put(pipeline: PipelineUnderTest, path: string, body: object): Promise<void> {
  const response = await pipeline.request('hand-off', 'PUT', path, body);
  if (response.status !== 200) throw new Error(`PUT ${path} answered ${response.status}: ${await response.text()}`);
}

export function wonOutcome(leadId: string, opportunityId: string) {
  const sample = JSON.parse(readFileSync(join(repositoryRoot, 'libs', 'contracts', 'samples', 'crm.opportunity.outcome.v1.json'), 'utf8'));
  const id = uuidv7();
  const now = new Date().toISOString();
  return {
    ...sample,
    id,
    correlationId: id,
    occurredAt: now,
    payload: { ...sample.payload, outcomeId: `outcome-${id}`, leadId, opportunityId, outcome: 'won', closedAt: now, lostReason: null },
  };
}

function required<Value>(value: Value | undefined): Value {
  if (value === undefined) throw new Error('a lead was not assigned');
  return value;
}
