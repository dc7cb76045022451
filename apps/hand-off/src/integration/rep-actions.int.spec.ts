import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { HandOffUnderTest, patience, repBody, teamBody } from '../test-support/hand-off-under-test';

describe('rep actions over real Kafka and PostgreSQL', () => {
  let handOff: HandOffUnderTest;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create();
    const put = async (path: string, body: unknown) => expect((await handOff.request('PUT', path, body)).status).toBe(200);
    await put('/v1/teams/team-a', teamBody({ managerId: 'boss' }));
    await put('/v1/reps/rep-ada', repBody('team-a'));
    await put('/v1/reps/mkt-lin', repBody('team-a', { role: 'marketing' }));
    await put('/v1/routing-rules/all', { position: 1, name: 'All', teamId: 'team-a' });
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  async function assignedLead(): Promise<{ leadId: string; assignmentId: string }> {
    const leadId = uuidv7();
    await handOff.qualify([leadId]);
    const [row] = await eventually(async () => {
      const rows = await handOff.query<{ id: string }>("SELECT id FROM assignments WHERE lead_id = $1 AND assignee_id = 'rep-ada'", [leadId]);
      expect(rows).toHaveLength(1);
      return rows;
    }, patience);
    return { leadId, assignmentId: row.id };
  }

  const act = (assignmentId: string, action: string, repId: string | null, body: unknown = {}) =>
    handOff.request('POST', `/v1/assignments/${assignmentId}/${action}`, body, repId ? { 'x-rep-id': repId } : {});

  it('lets only the assignee accept, once, and stops the SLA clock', async () => {
    const { leadId, assignmentId } = await assignedLead();
    expect((await act(assignmentId, 'accept', null)).status).toBe(401);
    const stranger = await act(assignmentId, 'accept', 'rep-grace');
    expect(stranger.status).toBe(403);
    expect(stranger.contentType).toContain('application/problem+json');
    expect((await act(uuidv7(), 'accept', 'rep-ada')).status).toBe(404);

    const accepted = await act(assignmentId, 'accept', 'rep-ada');
    expect(accepted).toMatchObject({ status: 200, body: { assignmentId, status: 'accepted' } });
    expect((await act(assignmentId, 'accept', 'rep-ada')).status).toBe(409);
    expect(await handOff.count('SELECT count(*) FROM sla_timers WHERE assignment_id = $1 AND cancelled_at IS NULL', [assignmentId])).toBe(0);
    const events = await handOff.published('hand-off.lead.accepted.v1', leadId);
    expect(events.map((event) => event.payload)).toEqual([expect.objectContaining({ leadId, assignmentId, repId: 'rep-ada' })]);
  });

  it('publishes a rejection with its reason code and note to Kafka for marketing and scoring', async () => {
    const { leadId, assignmentId } = await assignedLead();
    const invalid = await act(assignmentId, 'reject', 'rep-ada', { reason: 'meh' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].pointer).toBe('/reason');

    expect((await act(assignmentId, 'reject', 'rep-ada', { reason: 'no_budget', note: 'next fiscal year' })).status).toBe(200);
    const rejection = await eventually(async () => {
      const found = (await handOff.readTopic('hand-off.lead.rejected.v1')).find((event) => event.payload.leadId === leadId);
      expect(found).toBeDefined();
      return found;
    }, patience);
    expect(rejection?.payload).toMatchObject({ assignmentId, repId: 'rep-ada', reason: 'no_budget', note: 'next fiscal year' });
    expect((await act(assignmentId, 'convert', 'rep-ada', { opportunityId: 'opp-1' })).status).toBe(409);

    const feedback = await handOff.request('GET', '/v1/feedback/lead-quality');
    expect(feedback.status).toBe(200);
    expect(feedback.body.rejected).toBeGreaterThanOrEqual(1);
    expect(feedback.body.rejectionsByReason.no_budget).toBe(1);
    expect((await handOff.request('GET', '/v1/feedback/lead-quality?from=yesterday')).status).toBe(400);
  });

  it('converts a lead to an opportunity and recycles another to nurture', async () => {
    const converted = await assignedLead();
    expect((await act(converted.assignmentId, 'convert', 'rep-ada', { opportunityId: 'opp-77' })).body.status).toBe('converted');
    const [conversion] = await handOff.published('hand-off.lead.converted.v1', converted.leadId);
    expect(conversion.payload).toMatchObject({ opportunityId: 'opp-77', track: 'sales', repId: 'rep-ada' });

    const recycled = await assignedLead();
    expect((await act(recycled.assignmentId, 'recycle', 'rep-ada', { note: 'not yet' })).body.status).toBe('recycled');
    const [recycling] = await handOff.published('hand-off.lead.recycled.v1', recycled.leadId);
    expect(recycling.payload.note).toBe('not yet');
  });

  it('lets the manager, and only the manager, put a marketer on the field', async () => {
    const { leadId, assignmentId } = await assignedLead();
    expect((await act(assignmentId, 'delegate', 'rep-ada', { marketerId: 'mkt-lin' })).status).toBe(403);
    expect((await act(assignmentId, 'delegate', 'boss', { marketerId: 'rep-ada' })).status).toBe(422);
    const delegated = await act(assignmentId, 'delegate', 'boss', { marketerId: 'mkt-lin' });
    expect(delegated.body).toMatchObject({ track: 'marketing', assigneeId: 'mkt-lin' });

    const assignments = await handOff.published('hand-off.lead.assigned.v1', leadId);
    expect(assignments.at(-1)?.payload).toMatchObject({ track: 'marketing', assignee: { kind: 'rep', id: 'mkt-lin' }, acceptDueAt: null });
    expect(await handOff.count('SELECT count(*) FROM sla_timers WHERE assignment_id = $1 AND cancelled_at IS NULL', [assignmentId])).toBe(0);
    expect((await act(assignmentId, 'convert', 'mkt-lin', { opportunityId: 'opp-m1' })).status).toBe(200);
    const [conversion] = await handOff.published('hand-off.lead.converted.v1', leadId);
    expect(conversion.payload).toMatchObject({ track: 'marketing', repId: 'mkt-lin' });
  });
});
