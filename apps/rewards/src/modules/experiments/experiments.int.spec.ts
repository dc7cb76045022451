import { RewardsUnderTest } from '../../test-support/rewards-under-test';

const as = (personId: string) => ({ 'x-person-id': personId });
const learnings =
  'Cold webinar lists brought many sign-ups and almost no accepted leads: sales rejected them as bad fit. Next time we qualify the list first.';

describe('experiments and recognition over real PostgreSQL', () => {
  let rewards: RewardsUnderTest;

  beforeAll(async () => {
    rewards = await RewardsUnderTest.start();
  });

  afterAll(async () => {
    await rewards?.stop();
  });

  const register = async (owner: string, boldness: number) => {
    const { status, body } = await rewards.send<{ experimentId: string }>(
      'POST',
      '/v1/experiments',
      { title: `${owner}'s bet`, hypothesis: 'Cold webinar lists convert like warm ones', boldness, startsOn: '2026-03-01', endsOn: '2026-03-20' },
      as(owner),
    );
    expect(status).toBe(201);
    return body.experimentId;
  };

  it('recognises written-up failures and picks the failure of the month by votes', async () => {
    const bold = await register('mia', 5);
    const timid = await register('noah', 1);
    const shrug = await register('lea', 4);

    expect((await rewards.send('PUT', `/v1/experiments/${bold}/outcome`, { outcome: 'failed', learnings }, as('noah'))).status).toBe(403);
    expect((await rewards.send('PUT', `/v1/experiments/${bold}/outcome`, { outcome: 'failed', learnings }, as('mia'))).status).toBe(200);
    expect((await rewards.send('PUT', `/v1/experiments/${timid}/outcome`, { outcome: 'failed', learnings }, as('noah'))).status).toBe(200);
    expect((await rewards.send('PUT', `/v1/experiments/${shrug}/outcome`, { outcome: 'failed', learnings: 'did not work' }, as('lea'))).status).toBe(200);

    const recognition = await rewards.get('/v1/recognition?month=2026-03');
    expect(recognition.body).toEqual({ month: '2026-03', people: [{ personId: 'mia', points: 50 }, { personId: 'noah', points: 10 }] });

    expect((await rewards.send('PUT', '/v1/failure-of-the-month/2026-03/vote', { experimentId: timid }, as('sam'))).status).toBe(204);
    expect((await rewards.send('PUT', '/v1/failure-of-the-month/2026-03/vote', { experimentId: timid }, as('lea'))).status).toBe(204);
    expect((await rewards.send('PUT', '/v1/failure-of-the-month/2026-03/vote', { experimentId: bold }, as('kim'))).status).toBe(204);
    // A changed mind replaces the earlier vote instead of adding one.
    expect((await rewards.send('PUT', '/v1/failure-of-the-month/2026-03/vote', { experimentId: bold }, as('sam'))).status).toBe(204);
    expect((await rewards.send('PUT', '/v1/failure-of-the-month/2026-03/vote', { experimentId: shrug }, as('kim'))).status).toBe(422);
    expect((await rewards.send('PUT', '/v1/failure-of-the-month/2026-03/vote', { experimentId: bold }, as('mia'))).status).toBe(422);
    expect((await rewards.send('PUT', '/v1/failure-of-the-month/2026-04/vote', { experimentId: bold }, as('kim'))).status).toBe(422);

    const winner = await rewards.get('/v1/failure-of-the-month/2026-03');
    expect(winner.body).toEqual({
      month: '2026-03',
      winner: bold,
      tally: [
        { experimentId: bold, votes: 2 },
        { experimentId: timid, votes: 1 },
      ],
    });
  });

  it('refuses malformed experiments and anonymous callers', async () => {
    const bad = await rewards.send<{ errors: { pointer: string }[] }>(
      'POST',
      '/v1/experiments',
      { title: 'x', hypothesis: 'too short', boldness: 9, startsOn: '2026-03-05', endsOn: '2026-03-01' },
      as('mia'),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error) => error.pointer).sort()).toEqual(['/boldness', '/endsOn', '/hypothesis']);
    expect((await rewards.send('POST', '/v1/experiments', { title: 'x' })).status).toBe(401);
    expect((await rewards.get('/v1/recognition?month=March')).status).toBe(400);
  });
});
