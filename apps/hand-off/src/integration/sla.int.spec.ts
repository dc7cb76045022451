import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { HandOffUnderTest, patience, repBody, teamBody } from '../test-support/hand-off-under-test';

describe('SLA timers over real Kafka and PostgreSQL', () => {
  let handOff: HandOffUnderTest;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create();
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  const put = async (path: string, body: unknown) => expect((await handOff.request('PUT', path, body)).status).toBe(200);

  async function routeTeam(teamId: string, team: Record<string, unknown>, reps: string[], position: number) {
    await put(`/v1/teams/${teamId}`, teamBody(team));
    for (const repId of reps) await put(`/v1/reps/${repId}`, repBody(teamId));
    await put(`/v1/territories/${teamId}-land`, { name: teamId, countries: [teamId.slice(-2).toUpperCase()] });
    await put(`/v1/routing-rules/${teamId}`, { position, name: teamId, teamId, conditions: { territoryIds: [`${teamId}-land`] } });
  }

  async function qualifyIn(country: string, changedAt: Date, count = 1): Promise<string[]> {
    const leadIds = Array.from({ length: count }, () => uuidv7());
    for (const leadId of leadIds) await handOff.enrich(leadId, { country });
    await eventually(async () =>
      expect(await handOff.count('SELECT count(*) FROM lead_profiles WHERE lead_id = ANY($1::uuid[])', [leadIds])).toBe(count),
    );
    await handOff.qualify(leadIds, changedAt);
    await eventually(async () => expect(await handOff.count('SELECT count(*) FROM assignments WHERE lead_id = ANY($1::uuid[])', [leadIds])).toBe(count), patience);
    return leadIds;
  }

  it('breaches once, at the right business hour across Good Friday, a weekend and Easter Monday, after a reminder', async () => {
    await routeTeam(
      'team-de',
      {
        timeZone: 'Europe/Berlin',
        workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
        holidays: { country: 'DE', region: null },
        managerId: 'manager-de',
        sla: { acceptWithinBusinessHours: 4, remindBeforeMinutes: 30, reassignOnBreach: false },
      },
      ['rep-de'],
      10,
    );
    // Thursday 2 April 2026, 16:00 in Berlin: one hour that day, then Friday, the weekend and Monday are off.
    const [leadId] = await qualifyIn('de', new Date('2026-04-02T14:00:00.000Z'));

    const breaches = await eventually(async () => {
      const found = await handOff.published('hand-off.sla.breached.v1', leadId);
      expect(found).toHaveLength(1);
      return found;
    }, patience);
    expect(breaches[0].payload).toMatchObject({
      dueAt: '2026-04-07T10:00:00.000Z',
      teamId: 'team-de',
      escalatedTo: 'manager-de',
      reassigned: false,
    });
    const [reminder] = await handOff.published('hand-off.sla.reminded.v1', leadId);
    expect(reminder.payload).toMatchObject({ dueAt: '2026-04-07T09:30:00.000Z', assignee: { kind: 'rep', id: 'rep-de' } });
    const [assigned] = await handOff.published('hand-off.lead.assigned.v1', leadId);
    expect(assigned.payload.acceptDueAt).toBe('2026-04-07T10:00:00.000Z');
    expect(await handOff.published('hand-off.sla.breached.v1', leadId)).toHaveLength(1);
  });

  it('fires a timer that fell due while the service was down, once, after the restart', async () => {
    await routeTeam(
      'team-nl',
      { managerId: 'manager-nl', sla: { acceptWithinBusinessHours: 0.0025, remindBeforeMinutes: 0, reassignOnBreach: false } },
      ['rep-nl'],
      20,
    );
    const [leadId] = await qualifyIn('nl', new Date());
    const [timer] = await handOff.query<{ due_at: Date; fired_at: Date | null }>(
      "SELECT t.due_at, t.fired_at FROM sla_timers t JOIN assignments a ON a.id = t.assignment_id WHERE a.lead_id = $1 AND t.kind = 'breach'",
      [leadId],
    );
    await handOff.stopInstance(0);
    expect(timer.fired_at).toBeNull();
    expect(await handOff.published('hand-off.sla.breached.v1', leadId)).toHaveLength(0);

    await handOff.startInstance();
    const [breach] = await eventually(async () => {
      const found = await handOff.published('hand-off.sla.breached.v1', leadId);
      expect(found).toHaveLength(1);
      return found;
    }, patience);
    expect(new Date(breach.payload.breachedAt).getTime()).toBeGreaterThanOrEqual(timer.due_at.getTime());
    expect(breach.payload.escalatedTo).toBe('manager-nl');
  });

  it('fires each timer once with two instances running together, and reassigns when the team asks for it', async () => {
    await handOff.startInstance();
    await routeTeam(
      'team-be',
      { managerId: 'manager-be', sla: { acceptWithinBusinessHours: 1, remindBeforeMinutes: 15, reassignOnBreach: true } },
      ['rep-be-1', 'rep-be-2'],
      30,
    );
    const leadIds = await qualifyIn('be', new Date(Date.now() - 7_200_000), 40);

    await eventually(
      async () => expect(await handOff.count('SELECT count(*) FROM outbox WHERE topic = $1 AND key = ANY($2)', [handOff.topic('hand-off.sla.breached.v1'), leadIds])).toBe(40),
      { timeoutMs: 30_000 },
    );
    const perLead = await handOff.query<{ key: string; breaches: string; reminders: string }>(
      `SELECT key,
              count(*) FILTER (WHERE topic = $2) AS breaches,
              count(*) FILTER (WHERE topic = $3) AS reminders
       FROM outbox WHERE key = ANY($1) GROUP BY key`,
      [leadIds, handOff.topic('hand-off.sla.breached.v1'), handOff.topic('hand-off.sla.reminded.v1')],
    );
    expect(perLead.every((row) => Number(row.breaches) === 1 && Number(row.reminders) === 1)).toBe(true);

    const breach = (await handOff.published('hand-off.sla.breached.v1', leadIds[0]))[0];
    expect(breach.payload).toMatchObject({ reassigned: true, escalatedTo: 'manager-be' });
    const assignments = await handOff.published('hand-off.lead.assigned.v1', leadIds[0]);
    expect(assignments).toHaveLength(2);
    expect(assignments[1].payload.assignee.id).not.toBe(assignments[0].payload.assignee.id);
    const routing = await handOff.request('GET', `/v1/leads/${leadIds[0]}/routing`);
    expect(routing.body.decisions.map((decision: { trigger: string }) => decision.trigger)).toEqual(['mql', 'sla_breach']);
  });
});
