import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { HandOffUnderTest, patience, repBody, teamBody } from '../test-support/hand-off-under-test';

describe('routing over real Kafka and PostgreSQL', () => {
  let handOff: HandOffUnderTest;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create();
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  const put = async (path: string, body: unknown) => {
    const response = await handOff.request('PUT', path, body);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('queues every MQL in the fallback queue while nothing is configured', async () => {
    const leadId = uuidv7();
    await handOff.qualify([leadId]);
    const routing = await eventually(async () => {
      const response = await handOff.request('GET', `/v1/leads/${leadId}/routing`);
      expect(response.status).toBe(200);
      return response.body;
    }, patience);
    expect(routing.assignment.assignee).toEqual({ kind: 'queue', id: 'inbound' });
    expect(routing.decisions[0].reasons).toEqual(['no routing rule matched', 'fallback queue inbound']);
    const [assigned] = await handOff.published('hand-off.lead.assigned.v1', leadId);
    expect(assigned.payload).toMatchObject({ assignee: { kind: 'queue', id: 'inbound' }, teamId: null, track: 'sales' });
  });

  it('rejects bad configuration with problem details and never stores it', async () => {
    const badTeam = await handOff.request('PUT', '/v1/teams/Bad_Id', teamBody({ timeZone: 'Mars/Olympus', workingHours: { days: [8], start: '18:00', end: '09:00' } }));
    expect(badTeam.status).toBe(400);
    expect(badTeam.contentType).toContain('application/problem+json');
    const badBody = await handOff.request('PUT', '/v1/teams/team-x', teamBody({ timeZone: 'Mars/Olympus', workingHours: { days: [8], start: '18:00', end: '09:00' } }));
    expect(badBody.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/timeZone', '/workingHours/days/0', '/workingHours/end']);
    const orphan = await handOff.request('PUT', '/v1/reps/rep-orphan', repBody('team-missing'));
    expect(orphan.status).toBe(422);
    const unknownLead = await handOff.request('GET', `/v1/leads/${uuidv7()}/routing`);
    expect(unknownLead.status).toBe(404);
    expect(await handOff.count('SELECT count(*) FROM teams')).toBe(0);
    expect(await handOff.count('SELECT count(*) FROM reps')).toBe(0);
  });

  it('spreads 1,000 MQLs 1:2:1 within 5% and sends none to a rep who is out or full', async () => {
    await put('/v1/teams/team-fair', teamBody({ name: 'Fair team' }));
    await put('/v1/reps/rep-a', repBody('team-fair', { weight: 1 }));
    await put('/v1/reps/rep-b', repBody('team-fair', { weight: 2 }));
    await put('/v1/reps/rep-c', repBody('team-fair', { weight: 1 }));
    await put('/v1/reps/rep-away', repBody('team-fair', { weight: 3 }));
    await put('/v1/reps/rep-full', repBody('team-fair', { weight: 3, capacity: 0 }));
    const absence = await handOff.request('POST', '/v1/reps/rep-away/absences', {
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      note: 'holiday',
    });
    expect(absence.status).toBe(201);
    await put('/v1/territories/everywhere', { name: 'Everywhere' });
    await put('/v1/routing-rules/all-leads', { position: 10, name: 'All leads', teamId: 'team-fair', conditions: { territoryIds: ['everywhere'] } });

    const leadIds = Array.from({ length: 1_000 }, () => uuidv7());
    await handOff.qualify(leadIds);
    await eventually(async () => expect(await handOff.count('SELECT count(*) FROM assignments WHERE lead_id = ANY($1::uuid[])', [leadIds])).toBe(1_000), {
      timeoutMs: 90_000,
      intervalMs: 250,
    });

    const rows = await handOff.query<{ assignee_id: string; count: string }>(
      'SELECT assignee_id, count(*) FROM assignments WHERE lead_id = ANY($1::uuid[]) GROUP BY assignee_id',
      [leadIds],
    );
    const share = Object.fromEntries(rows.map((row) => [row.assignee_id, Number(row.count) / 1_000]));
    expect(Object.keys(share).sort()).toEqual(['rep-a', 'rep-b', 'rep-c']);
    expect(Math.abs(share['rep-a'] - 0.25)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(share['rep-b'] - 0.5)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(share['rep-c'] - 0.25)).toBeLessThanOrEqual(0.05);

    const routing = await handOff.request('GET', `/v1/leads/${leadIds[0]}/routing`);
    const [decision] = routing.body.decisions;
    expect(decision.ruleId).toBe('all-leads');
    expect(decision.reasons[0]).toBe('rule all-leads (All leads) matched: team team-fair');
    const skipped = Object.fromEntries(decision.candidates.map((candidate: { repId: string; skipped: string | null }) => [candidate.repId, candidate.skipped]));
    expect(skipped).toEqual({ 'rep-a': null, 'rep-b': null, 'rep-c': null, 'rep-away': 'out_of_office', 'rep-full': 'at_capacity' });
    const [assigned] = await handOff.published('hand-off.lead.assigned.v1', leadIds[0]);
    expect(assigned.payload).toMatchObject({ teamId: 'team-fair', track: 'sales', assignee: { kind: 'rep' } });
  });

  it('fills a rep up to capacity and no further when many MQLs for the team arrive together', async () => {
    await put('/v1/teams/team-busy', teamBody({ name: 'Busy team' }));
    await put('/v1/reps/rep-small', repBody('team-busy', { weight: 3, capacity: 3 }));
    await put('/v1/reps/rep-large', repBody('team-busy', { weight: 1, capacity: 1_000 }));
    await put('/v1/territories/busy-everywhere', { name: 'Everywhere' });
    await put('/v1/routing-rules/busy', { position: 5, name: 'Busy', teamId: 'team-busy', conditions: { territoryIds: ['busy-everywhere'] } });

    const leadIds = Array.from({ length: 60 }, () => uuidv7());
    await handOff.qualify(leadIds);
    await eventually(async () => expect(await handOff.count('SELECT count(*) FROM assignments WHERE lead_id = ANY($1::uuid[])', [leadIds])).toBe(60), patience);

    const rows = await handOff.query<{ assignee_id: string; count: string }>(
      'SELECT assignee_id, count(*) FROM assignments WHERE lead_id = ANY($1::uuid[]) GROUP BY assignee_id ORDER BY assignee_id',
      [leadIds],
    );
    expect(rows.map((row) => [row.assignee_id, Number(row.count)])).toEqual([
      ['rep-large', 57],
      ['rep-small', 3],
    ]);
    await put('/v1/routing-rules/busy', { position: 5, name: 'Busy', teamId: 'team-busy', conditions: { territoryIds: ['busy-everywhere'] }, enabled: false });
  });

  it('gives a lead of an owned account to its owner, ahead of every rule', async () => {
    await put('/v1/teams/team-keys', teamBody({ name: 'Key accounts' }));
    await put('/v1/reps/rep-owner', repBody('team-keys', { capacity: 1 }));
    const leadId = uuidv7();
    await handOff.enrich(leadId, { country: 'nl', employeeCount: 5000, accountId: 'acc-42', accountOwnerId: 'rep-owner' });
    await eventually(async () => expect(await handOff.count("SELECT count(*) FROM lead_profiles WHERE lead_id = $1 AND account_owner_id = 'rep-owner'", [leadId])).toBe(1), patience);
    await handOff.qualify([leadId]);

    const routing = await eventually(async () => {
      const response = await handOff.request('GET', `/v1/leads/${leadId}/routing`);
      expect(response.status).toBe(200);
      return response.body;
    }, patience);
    expect(routing.assignment).toMatchObject({ assignee: { kind: 'rep', id: 'rep-owner' }, teamId: 'team-keys' });
    expect(routing.decisions[0].reasons).toEqual(['account acc-42 is owned by rep-owner']);
  });

  it('routes the very next MQL by a territory or rule changed a moment before', async () => {
    await put('/v1/teams/team-iceland', teamBody({ name: 'Iceland' }));
    await put('/v1/reps/rep-iceland', repBody('team-iceland'));
    await put('/v1/teams/team-nordics', teamBody({ name: 'Nordics' }));
    await put('/v1/reps/rep-nordics', repBody('team-nordics'));
    await put('/v1/territories/iceland', { name: 'Iceland', countries: ['IS'] });
    await put('/v1/routing-rules/iceland', { position: 1, name: 'Iceland', teamId: 'team-iceland', conditions: { territoryIds: ['iceland'] } });
    const routeIcelandicLead = async () => {
      const leadId = uuidv7();
      await handOff.enrich(leadId, { country: 'is' });
      await eventually(async () => expect(await handOff.count("SELECT count(*) FROM lead_profiles WHERE lead_id = $1 AND country = 'IS'", [leadId])).toBe(1), patience);
      await handOff.qualify([leadId]);
      return eventually(async () => {
        const response = await handOff.request('GET', `/v1/leads/${leadId}/routing`);
        expect(response.status).toBe(200);
        return response.body.assignment;
      }, patience);
    };

    expect(await routeIcelandicLead()).toMatchObject({ assignee: { kind: 'rep', id: 'rep-iceland' }, teamId: 'team-iceland' });
    await put('/v1/routing-rules/iceland', { position: 1, name: 'Iceland', teamId: 'team-nordics', conditions: { territoryIds: ['iceland'] } });
    expect(await routeIcelandicLead()).toMatchObject({ assignee: { kind: 'rep', id: 'rep-nordics' }, teamId: 'team-nordics' });
    await put('/v1/territories/iceland', { name: 'Iceland', countries: ['GL'] });
    expect((await routeIcelandicLead()).teamId).not.toBe('team-nordics');
  });
});
