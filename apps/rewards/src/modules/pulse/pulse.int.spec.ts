import { RewardsUnderTest } from '../../test-support/rewards-under-test';

const as = (personId: string) => ({ 'x-person-id': personId });
const checkIn = (secret: string) => ({
  gaveEnergy: `closing deals with the webinar crowd, ${secret}`,
  costEnergy: 'manual reporting',
  biggestLearning: 'acceptance rate matters',
  nextChallenge: 'better webinar follow-up',
});

describe('the pulse over real PostgreSQL', () => {
  let rewards: RewardsUnderTest;

  beforeAll(async () => {
    rewards = await RewardsUnderTest.start();
    expect((await rewards.send('PUT', '/v1/teams/growth/members/maria', { role: 'manager' })).status).toBe(200);
    for (const person of ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']) {
      expect((await rewards.send('PUT', `/v1/teams/growth/members/${person}`, { role: 'member' })).status).toBe(200);
    }
  });

  afterAll(async () => {
    await rewards?.stop();
  });

  it('shows a team aggregate at five answers and not at four, never anyone’s own words', async () => {
    const ownWords: Record<string, string> = { p1: 'ananas', p2: 'brioche', p3: 'cucumber', p4: 'dumpling', p5: 'eggplant' };
    for (const person of ['p1', 'p2', 'p3', 'p4']) {
      expect((await rewards.send('PUT', '/v1/pulse/me/2026-03', checkIn(ownWords[person]!), as(person))).status).toBe(200);
    }
    const atFour = await rewards.get<Record<string, unknown>>('/v1/pulse/teams/growth/2026-03', as('maria'));
    expect(atFour).toEqual({ status: 200, body: { teamId: 'growth', month: '2026-03', available: false, answers: 4, minimumAnswers: 5 } });

    expect((await rewards.send('PUT', '/v1/pulse/me/2026-03', checkIn(ownWords['p5']!), as('p5'))).status).toBe(200);
    const atFive = await rewards.get<{ available: boolean; answers: number; participation: number; themes: Record<string, { term: string; people: number }[]> }>(
      '/v1/pulse/teams/growth/2026-03',
      as('maria'),
    );
    expect(atFive.status).toBe(200);
    expect(atFive.body).toMatchObject({ available: true, answers: 5, participation: 0.7143 });
    expect(atFive.body.themes['gaveEnergy']).toContainEqual({ term: 'webinar', people: 5 });
    expect(JSON.stringify(atFive.body)).not.toMatch(/ananas|brioche|cucumber|dumpling|eggplant|p[1-6]/);
    // Another month of the same team is still below the minimum.
    expect((await rewards.get<{ available: boolean }>('/v1/pulse/teams/growth/2026-04', as('maria'))).body.available).toBe(false);
  });

  it('lets a person read and edit only their own check-in', async () => {
    await rewards.send('PUT', '/v1/pulse/me/2026-05', checkIn('only-p1-knows'), as('p1'));
    const edited = await rewards.send<{ costEnergy: string }>('PUT', '/v1/pulse/me/2026-05', { ...checkIn('only-p1-knows'), costEnergy: 'travel' }, as('p1'));
    expect(edited.body.costEnergy).toBe('travel');
    expect((await rewards.get<{ costEnergy: string }>('/v1/pulse/me/2026-05', as('p1'))).body.costEnergy).toBe('travel');

    expect((await rewards.get('/v1/pulse/me/2026-05', as('p2'))).status).toBe(404);
    const p2Sees = await rewards.get('/v1/pulse/me', as('p2'));
    expect(JSON.stringify(p2Sees.body)).not.toContain('only-p1-knows');
    expect((await rewards.get('/v1/pulse/teams/growth/2026-05', as('p2'))).status).toBe(403);
    expect((await rewards.get('/v1/pulse/me/2026-05')).status).toBe(401);
    expect((await rewards.get('/v1/pulse/me/2026-05', as('p1 or 1=1'))).status).toBe(401);
    expect((await rewards.get('/v1/pulse/p1/2026-05', as('maria'))).status).toBe(404);
  });

  it('refuses a malformed month or empty answers with problem+json', async () => {
    expect((await rewards.send('PUT', '/v1/pulse/me/2026-13', checkIn('x'), as('p1'))).status).toBe(400);
    const empty = await rewards.send<{ errors: { pointer: string }[] }>('PUT', '/v1/pulse/me/2026-06', { ...checkIn('x'), gaveEnergy: '' }, as('p1'));
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((error) => error.pointer)).toEqual(['/gaveEnergy']);
  });
});
