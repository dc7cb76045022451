import { uuidv7 } from 'uuidv7';
import { AccordEvent, EventPayload } from '@accord/contracts';
import { eventually } from '@accord/testing';
import { HandOffUnderTest, patience, repBody, teamBody } from '../test-support/hand-off-under-test';

type StageChange = EventPayload<'scoring.lead.stage-changed.v1'>;

interface AssignmentRow {
  id: string;
  assignee_id: string;
  team_id: string | null;
  status: string;
}

describe('MQL routing over real Kafka and PostgreSQL', () => {
  let handOff: HandOffUnderTest;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create();
    const put = async (path: string, body: unknown) => expect((await handOff.request('PUT', path, body)).status).toBe(200);
    await put('/v1/teams/team-dach', teamBody());
    await put('/v1/reps/rep-dach', repBody('team-dach'));
    await put('/v1/territories/dach', { name: 'DACH', countries: ['DE', 'AT', 'CH'] });
    await put('/v1/routing-rules/dach', { position: 1, name: 'DACH', teamId: 'team-dach', conditions: { territoryIds: ['dach'] } });
    await put('/v1/teams/team-rest', teamBody());
    await put('/v1/reps/rep-ada', repBody('team-rest'));
    await put('/v1/reps/rep-bob', repBody('team-rest'));
    await put('/v1/routing-rules/rest', { position: 2, name: 'Everyone else', teamId: 'team-rest', conditions: { sources: ['webinar'] } });
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  const stageChange = (leadId: string, change: Partial<StageChange> = {}): AccordEvent<'scoring.lead.stage-changed.v1'> =>
    handOff.envelope('scoring.lead.stage-changed.v1', {
      leadId,
      from: 'lead',
      to: 'mql',
      reason: 'fit and engagement',
      changedAt: new Date().toISOString(),
      ...change,
    });

  const assignments = (leadId: string) =>
    handOff.query<AssignmentRow>('SELECT id, assignee_id, team_id, status FROM assignments WHERE lead_id = $1 ORDER BY id', [leadId]);

  async function assignmentsOnceThere(leadId: string, count: number): Promise<AssignmentRow[]> {
    return eventually(async () => {
      const rows = await assignments(leadId);
      expect(rows).toHaveLength(count);
      return rows;
    }, patience);
  }

  /** A change hand-off does nothing with, sent after others so that once it is handled they are too. */
  const marker = (leadId: string) => stageChange(leadId, { from: 'mql', to: 'sal', reason: 'sales accepted the lead' });

  /** Events of one lead are consumed in order, so once `event` is in the inbox every earlier one was handled. */
  const handled = (event: { id: string }) =>
    eventually(async () => expect(await handOff.count('SELECT count(*) FROM inbox WHERE event_id = $1', [event.id])).toBe(1), patience);

  describe('when the MQL reaches hand-off before the enrichment it was scored on', () => {
    it('routes on the facts the MQL carries, and an older enrichment arriving later changes nothing', async () => {
      const leadId = uuidv7();
      const observedAt = new Date(Date.now() - 60_000).toISOString();
      const country = { value: 'de', provider: 'company', origin: 'matched' as const, observedAt };
      await handOff.send('scoring.lead.stage-changed.v1', [
        stageChange(leadId, { routingFacts: { country, employeeCount: { ...country, value: 300 } } }),
      ]);

      const [assignment] = await assignmentsOnceThere(leadId, 1);
      expect(assignment).toMatchObject({ assignee_id: 'rep-dach', team_id: 'team-dach', status: 'assigned' });
      const [decision] = await handOff.query<{ rule_id: string; reasons: string[] }>(
        'SELECT rule_id, reasons FROM routing_decisions WHERE lead_id = $1',
        [leadId],
      );
      expect(decision.rule_id).toBe('dach');

      const stale = new Date(Date.now() - 120_000).toISOString();
      const late = handOff.envelope('enrichment.lead.enriched.v1', {
        leadId,
        facts: { country: { value: 'FR', provider: 'ip-geo', observedAt: stale }, region: { value: 'Bavaria', provider: 'company', observedAt } },
      });
      await handOff.send('enrichment.lead.enriched.v1', [late]);
      await handled(late);
      const [profile] = await handOff.query<{ country: string; region: string; employee_count: number }>(
        'SELECT country, region, employee_count FROM lead_profiles WHERE lead_id = $1',
        [leadId],
      );
      expect(profile).toEqual({ country: 'DE', region: 'Bavaria', employee_count: 300 });
      expect(await assignments(leadId)).toHaveLength(1);
    });

    it('still lets a newer enrichment correct a fact the MQL carried', async () => {
      const leadId = uuidv7();
      const before = new Date(Date.now() - 60_000).toISOString();
      await handOff.send('scoring.lead.stage-changed.v1', [
        stageChange(leadId, { routingFacts: { country: { value: 'AT', provider: 'ip-geo', observedAt: before } } }),
      ]);
      await assignmentsOnceThere(leadId, 1);
      const newer = handOff.envelope('enrichment.lead.enriched.v1', {
        leadId,
        facts: { country: { value: 'CH', provider: 'company', observedAt: new Date().toISOString() } },
      });
      await handOff.send('enrichment.lead.enriched.v1', [newer]);
      await handled(newer);
      expect(await handOff.query('SELECT country FROM lead_profiles WHERE lead_id = $1', [leadId])).toEqual([{ country: 'CH' }]);
    });
  });

  describe('when a lead is qualified again', () => {
    const capturedFromWebinar = (leadId: string) =>
      handOff.produce('capture.lead.captured.v1', [
        {
          leadId,
          person: { email: `${leadId}@example.org`, firstName: null, lastName: null, phone: null, jobTitle: null, company: null, country: null },
          touchpoint: { channel: 'api', source: 'webinar', campaign: null, medium: null, occurredAt: new Date().toISOString() },
          consent: { marketing: false },
          isTest: false,
        },
      ]);

    it('routes it again after a recycle and after decay, once per MQL, never twice for a redelivery or while an assignment is open', async () => {
      const leadId = uuidv7();
      await capturedFromWebinar(leadId);
      await eventually(
        async () => expect(await handOff.count('SELECT count(*) FROM lead_profiles WHERE lead_id = $1 AND source IS NOT NULL', [leadId])).toBe(1),
        patience,
      );

      const first = stageChange(leadId);
      await handOff.send('scoring.lead.stage-changed.v1', [first]);
      const [a1] = await assignmentsOnceThere(leadId, 1);
      expect(a1).toMatchObject({ team_id: 'team-rest', status: 'assigned' });

      const duplicate = stageChange(leadId);
      await handOff.send('scoring.lead.stage-changed.v1', [first, duplicate]);
      await handled(duplicate);
      expect(await assignments(leadId)).toHaveLength(1);

      const recycled = await handOff.request('POST', `/v1/assignments/${a1.id}/recycle`, { note: 'next quarter' }, { 'x-rep-id': a1.assignee_id });
      expect(recycled.body).toMatchObject({ status: 'recycled' });
      const second = stageChange(leadId, { from: 'recycled' });
      const afterSecond = marker(leadId);
      await handOff.send('scoring.lead.stage-changed.v1', [second, second, afterSecond]);
      await handled(afterSecond);
      const [, a2] = await assignmentsOnceThere(leadId, 2);
      expect(a2).toMatchObject({ team_id: 'team-rest', status: 'assigned' });
      expect(a2.assignee_id).not.toBe(a1.assignee_id);
      expect(await handOff.count('SELECT count(*) FROM sla_timers WHERE assignment_id = $1 AND cancelled_at IS NULL', [a2.id])).toBeGreaterThan(0);

      const decayed = stageChange(leadId, { from: 'mql', to: 'nurture', reason: 'engagement decayed below the threshold' });
      const third = stageChange(leadId, { from: 'nurture' });
      const afterThird = marker(leadId);
      await handOff.send('scoring.lead.stage-changed.v1', [decayed, third, third, afterThird]);
      await handled(afterThird);
      const [, withdrawn, a3] = await assignmentsOnceThere(leadId, 3);
      expect(withdrawn).toMatchObject({ id: a2.id, status: 'withdrawn' });
      expect(
        await handOff.count('SELECT count(*) FROM sla_timers WHERE assignment_id = $1 AND cancelled_at IS NULL AND fired_at IS NULL', [a2.id]),
      ).toBe(0);
      expect(a3).toMatchObject({ status: 'assigned', assignee_id: a1.assignee_id });
      expect(await handOff.count('SELECT count(*) FROM sla_timers WHERE assignment_id = $1', [a3.id])).toBeGreaterThan(0);

      const decisions = await handOff.query<{ assignment_id: string; trigger: string }>(
        'SELECT assignment_id, trigger FROM routing_decisions WHERE lead_id = $1 ORDER BY decided_at',
        [leadId],
      );
      expect(decisions).toEqual([a1, a2, a3].map((assignment) => ({ assignment_id: assignment.id, trigger: 'mql' })));
      const announced = await handOff.published('hand-off.lead.assigned.v1', leadId);
      expect(announced.map((event) => event.payload.assignmentId)).toEqual([a1.id, a2.id, a3.id]);
      const routing = await handOff.request('GET', `/v1/leads/${leadId}/routing`);
      expect(routing.body.assignment).toMatchObject({ id: a3.id, status: 'assigned' });
      expect(routing.body.assignments.map((assignment: { status: string }) => assignment.status)).toEqual(['recycled', 'withdrawn', 'assigned']);
    });

    it('credits each opportunity of a lead routed twice to the rep whose assignment opened it', async () => {
      const leadId = uuidv7();
      await capturedFromWebinar(leadId);
      await handOff.send('scoring.lead.stage-changed.v1', [stageChange(leadId)]);
      const [a1] = await assignmentsOnceThere(leadId, 1);
      const convert = (assignment: AssignmentRow, opportunityId: string) =>
        handOff.request('POST', `/v1/assignments/${assignment.id}/convert`, { opportunityId }, { 'x-rep-id': assignment.assignee_id });
      expect((await convert(a1, `opp-first-${leadId}`)).status).toBe(200);

      await handOff.send('scoring.lead.stage-changed.v1', [stageChange(leadId, { from: 'nurture' })]);
      const [, a2] = await assignmentsOnceThere(leadId, 2);
      expect(a2.assignee_id).not.toBe(a1.assignee_id);
      expect((await convert(a2, `opp-second-${leadId}`)).status).toBe(200);

      const outcome = (opportunityId: string) => ({
        outcomeId: `crm-${uuidv7()}`,
        leadId,
        email: null,
        opportunityId,
        outcome: 'won' as const,
        amount: { amountMinor: 900_000, currency: 'EUR' },
        closedAt: new Date().toISOString(),
        lostReason: null,
      });
      await handOff.produce('crm.opportunity.outcome.v1', [outcome(`opp-second-${leadId}`), outcome(`opp-first-${leadId}`)]);
      const closed = await eventually(async () => {
        const events = await handOff.published('hand-off.opportunity.closed.v1', leadId);
        expect(events).toHaveLength(2);
        return events;
      }, patience);
      const ownerOf = Object.fromEntries(closed.map((event) => [event.payload.opportunityId, event.payload.ownerId]));
      expect(ownerOf).toEqual({ [`opp-first-${leadId}`]: a1.assignee_id, [`opp-second-${leadId}`]: a2.assignee_id });
    });
  });
});
