import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { uuidv7 } from 'uuidv7';
import { eventually } from '@accord/testing';
import { emailHash } from '../modules/lead-profiles/domain/email-hash';
import { HandOffUnderTest, patience, repBody, teamBody } from '../test-support/hand-off-under-test';

const secret = `whsec_${randomBytes(24).toString('base64')}`;

describe('opportunity outcomes over real Kafka and PostgreSQL', () => {
  let handOff: HandOffUnderTest;

  beforeAll(async () => {
    handOff = await HandOffUnderTest.create({ env: { OUTCOME_WEBHOOK_SECRET: secret } });
    const put = async (path: string, body: unknown) => expect((await handOff.request('PUT', path, body)).status).toBe(200);
    await put('/v1/teams/team-a', teamBody({ managerId: 'boss' }));
    await put('/v1/reps/rep-ada', repBody('team-a'));
    await put('/v1/reps/mkt-lin', repBody('team-a', { role: 'marketing' }));
    await put('/v1/routing-rules/all', { position: 1, name: 'All', teamId: 'team-a' });
  });

  afterAll(async () => {
    await handOff?.stop();
  });

  const outcome = (overrides: Record<string, unknown> = {}) => ({
    outcomeId: `crm-${uuidv7()}`,
    leadId: null,
    email: null,
    opportunityId: 'opp-1',
    outcome: 'won',
    amount: { amountMinor: 1_250_000, currency: 'EUR' },
    closedAt: '2026-11-20T16:00:00.000Z',
    lostReason: null,
    ...overrides,
  });

  function postSigned(body: unknown, signWith = secret) {
    const raw = JSON.stringify(body);
    const id = `msg_${uuidv7()}`;
    const signature = new Webhook(signWith).sign(id, new Date(), raw);
    return handOff.request('POST', '/v1/outcomes', raw, {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'webhook-signature': signature,
    });
  }

  async function qualified(leadId = uuidv7()): Promise<{ leadId: string; assignmentId: string }> {
    await handOff.qualify([leadId]);
    const [row] = await eventually(async () => {
      const rows = await handOff.query<{ id: string }>('SELECT id FROM assignments WHERE lead_id = $1', [leadId]);
      expect(rows).toHaveLength(1);
      return rows;
    }, patience);
    return { leadId, assignmentId: row.id };
  }

  it('credits a won opportunity on the marketing track to the marketer', async () => {
    const { leadId, assignmentId } = await qualified();
    const delegate = await handOff.request('POST', `/v1/assignments/${assignmentId}/delegate`, { marketerId: 'mkt-lin' }, { 'x-rep-id': 'boss' });
    expect(delegate.status).toBe(200);
    expect((await handOff.request('POST', `/v1/assignments/${assignmentId}/convert`, { opportunityId: 'opp-m' }, { 'x-rep-id': 'mkt-lin' })).status).toBe(200);

    const receipt = await postSigned(outcome({ leadId, opportunityId: 'opp-m' }));
    expect(receipt).toMatchObject({ status: 202, body: { status: 'matched', leadId } });
    const [closed] = await handOff.published('hand-off.opportunity.closed.v1', leadId);
    expect(closed.payload).toMatchObject({
      outcome: 'won',
      track: 'marketing',
      ownerId: 'mkt-lin',
      creditedMarketerId: 'mkt-lin',
      amount: { amountMinor: 1_250_000, currency: 'EUR' },
    });
  });

  it('turns away unsigned, forged and malformed reports before they touch the database', async () => {
    const unsigned = await handOff.request('POST', '/v1/outcomes', outcome({ leadId: uuidv7() }));
    expect(unsigned.status).toBe(401);
    expect(unsigned.contentType).toContain('application/problem+json');
    expect((await postSigned(outcome({ leadId: uuidv7() }), `whsec_${randomBytes(24).toString('base64')}`)).status).toBe(401);
    const malformed = await postSigned(outcome({ amount: { amountMinor: 12.5, currency: 'euro' } }));
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual(['/amount/amountMinor', '/amount/currency']);
    const anonymous = await postSigned(outcome());
    expect(anonymous.status).toBe(400);
    expect(anonymous.body.errors[0].pointer).toBe('/leadId');
    expect(await handOff.count('SELECT count(*) FROM opportunity_outcomes')).toBe(1);
  });

  it('keeps outcomes for leads it does not know yet and matches them later, by lead id or by e-mail', async () => {
    const laterLeadId = uuidv7();
    const byId = await postSigned(outcome({ leadId: laterLeadId, outcome: 'lost', lostReason: 'price' }));
    expect(byId.body).toEqual({ outcomeId: expect.any(String), status: 'pending', leadId: null });

    const emailLeadId = uuidv7();
    const email = `grace.${Date.now()}@example-robotics.nl`;
    const report = outcome({ email, opportunityId: 'opp-mail' });
    await handOff.produce('crm.opportunity.outcome.v1', [report as never], () => report.outcomeId);
    await handOff.produce('crm.opportunity.outcome.v1', [report as never], () => report.outcomeId);
    await eventually(async () => expect(await handOff.count('SELECT count(*) FROM opportunity_outcomes WHERE external_id = $1', [report.outcomeId])).toBe(1), patience);
    expect(await handOff.published('hand-off.opportunity.closed.v1', laterLeadId)).toHaveLength(0);

    await qualified(laterLeadId);
    const [lost] = await eventually(async () => {
      const found = await handOff.published('hand-off.opportunity.closed.v1', laterLeadId);
      expect(found).toHaveLength(1);
      return found;
    }, patience);
    expect(lost.payload).toMatchObject({ outcome: 'lost', lostReason: 'price', track: 'sales', ownerId: 'rep-ada', creditedMarketerId: null });

    await handOff.produce('capture.lead.captured.v1', [
      {
        leadId: emailLeadId,
        person: { email: email.toUpperCase(), firstName: null, lastName: null, phone: null, jobTitle: null, company: null, country: null },
        touchpoint: { channel: 'api', source: 'web', campaign: null, medium: null, occurredAt: new Date().toISOString() },
        consent: { marketing: false },
        isTest: false,
      },
    ]);
    await eventually(async () => expect(await handOff.count('SELECT count(*) FROM lead_profiles WHERE lead_id = $1 AND email_hash IS NOT NULL', [emailLeadId])).toBe(1), patience);
    await qualified(emailLeadId);
    const [won] = await eventually(async () => {
      const found = await handOff.published('hand-off.opportunity.closed.v1', emailLeadId);
      expect(found).toHaveLength(1);
      return found;
    }, patience);
    expect(won.payload).toMatchObject({ opportunityId: 'opp-mail', outcome: 'won' });
    expect((await postSigned(report)).body).toEqual({ outcomeId: report.outcomeId, status: 'matched', leadId: emailLeadId });
    expect(await handOff.published('hand-off.opportunity.closed.v1', emailLeadId)).toHaveLength(1);
  });

  /**
   * Posts `report` while another transaction holds an uncommitted assignment of `leadId` and the matching
   * lock `lockKey`, as in a chunk of MQLs that has matched (nothing yet); commits it once the post waits for
   * that lock, and answers the post's reply.
   */
  async function postDuringAssignment(leadId: string, lockKey: string, report: unknown) {
    const assigning = await handOff.database.pool(1).connect();
    try {
      await assigning.query('BEGIN');
      await assigning.query(
        `INSERT INTO assignments (id, lead_id, assignee_kind, assignee_id, reasons, assigned_at) VALUES ($1, $2, 'rep', 'rep-ada', '[]', now())`,
        [uuidv7(), leadId],
      );
      await assigning.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey]);
      const answer = postSigned(report);
      await eventually(async () => {
        const waiting = await handOff.query<{ count: number }>(
          "SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        );
        expect(waiting[0].count).toBe(1);
      }, patience);
      await assigning.query('COMMIT');
      return await answer;
    } finally {
      assigning.release();
    }
  }

  it('matches an outcome that arrives while the lead’s assignment is still being committed', async () => {
    const leadId = uuidv7();

    const answer = await postDuringAssignment(leadId, `outcome-matching:${leadId}`, outcome({ leadId, opportunityId: 'opp-racing' }));

    expect(answer.body).toMatchObject({ status: 'matched', leadId });
    const closed = await handOff.query("SELECT 1 FROM outbox WHERE key = $1 AND payload->>'type' = 'hand-off.opportunity.closed.v1'", [leadId]);
    expect(closed).toHaveLength(1);
  });

  it('matches an outcome known only by e-mail that arrives while an assignment of a lead with that e-mail is being committed', async () => {
    const leadId = uuidv7();
    const email = `racing.${leadId}@example.org`;
    await handOff.query('INSERT INTO lead_profiles (lead_id, email_hash) VALUES ($1, $2)', [leadId, emailHash(email)]);

    const answer = await postDuringAssignment(leadId, `outcome-matching-email:${emailHash(email)}`, outcome({ email, opportunityId: 'opp-racing-by-email' }));

    expect(answer.body).toMatchObject({ status: 'matched', leadId });
  });
});
