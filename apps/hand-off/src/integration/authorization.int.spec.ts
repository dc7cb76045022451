import { uuidv7 } from 'uuidv7';
import { AuthRole } from '@accord/config';
import { issueToken } from '@accord/platform';
import { eventually, testJwtSecret } from '@accord/testing';
import { HandOffUnderTest, patience, repBody, teamBody } from '../test-support/hand-off-under-test';

describe('who may act on assignments, with identity-provider tokens', () => {
  let handOff: HandOffUnderTest;

  const bearer = async (sub: string, roles: AuthRole[], team?: string) => ({
    authorization: `Bearer ${await issueToken(testJwtSecret, { sub, roles, team })}`,
  });

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create();
    const put = async (path: string, body: unknown) => expect((await handOff.request('PUT', path, body)).status).toBe(200);
    await put('/v1/teams/team-north', teamBody({ managerId: 'recorded-manager' }));
    await put('/v1/teams/team-south', teamBody({ managerId: 'other-manager' }));
    await put('/v1/reps/rep-nora', repBody('team-north'));
    await put('/v1/reps/rep-sam', repBody('team-south'));
    await put('/v1/routing-rules/north', { position: 1, name: 'North', teamId: 'team-north' });
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  async function assignmentOfNora(): Promise<string> {
    const leadId = uuidv7();
    await handOff.qualify([leadId]);
    const [row] = await eventually(async () => {
      const rows = await handOff.query<{ id: string }>("SELECT id FROM assignments WHERE lead_id = $1 AND assignee_id = 'rep-nora'", [leadId]);
      expect(rows).toHaveLength(1);
      return rows;
    }, patience);
    return row.id;
  }

  const accept = async (assignmentId: string, headers: Record<string, string>) =>
    handOff.request('POST', `/v1/assignments/${assignmentId}/accept`, {}, headers);

  it('refuses a rep acting on another rep’s assignment and lets the assignee act', async () => {
    const assignmentId = await assignmentOfNora();
    const other = await accept(assignmentId, await bearer('rep-sam', ['rep']));
    expect(other.status).toBe(403);
    expect(other.contentType).toContain('application/problem+json');
    expect(await accept(assignmentId, await bearer('rep-nora', ['rep']))).toMatchObject({ status: 200, body: { status: 'accepted' } });
  });

  it('lets the manager of the team act, and refuses the manager of another team', async () => {
    const assignmentId = await assignmentOfNora();
    expect((await accept(assignmentId, await bearer('south-lead', ['manager'], 'team-south'))).status).toBe(403);
    expect(await accept(assignmentId, await bearer('north-lead', ['manager'], 'team-north'))).toMatchObject({ status: 200, body: { status: 'accepted' } });
    const [decision] = await handOff.published('hand-off.lead.accepted.v1').then((events) => events.filter((event) => event.payload.assignmentId === assignmentId));
    expect(decision.payload.repId).toBe('north-lead');
  });

  it('lets an admin act on any assignment, and refuses a system key and a token without credentials', async () => {
    const assignmentId = await assignmentOfNora();
    expect((await accept(assignmentId, { authorization: '' })).status).toBe(401);
    expect((await accept(assignmentId, {})).status).toBe(401);
    expect((await accept(assignmentId, await bearer('ops', ['admin']))).status).toBe(200);
  });

  it('keeps organisation management to admins', async () => {
    const asRep = await handOff.request('PUT', '/v1/teams/team-east', teamBody(), await bearer('rep-nora', ['rep']));
    expect(asRep.status).toBe(403);
    expect(asRep.contentType).toContain('application/problem+json');
    expect((await handOff.request('PUT', '/v1/teams/team-east', teamBody(), await bearer('north-lead', ['manager'], 'team-north'))).status).toBe(403);
    expect((await handOff.request('GET', '/v1/webhooks/subscriptions', undefined, await bearer('rep-nora', ['rep']))).status).toBe(403);
    expect((await handOff.request('PUT', '/v1/teams/team-east', teamBody(), await bearer('ops', ['admin']))).status).toBe(200);
  });
});
