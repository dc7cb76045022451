import { postgresAnswers } from './postgres-probe';

describe('postgresForTests', () => {
  const savedAdminUrl = process.env['TEST_DATABASE_ADMIN_URL'];

  afterEach(() => {
    if (savedAdminUrl === undefined) delete process.env['TEST_DATABASE_ADMIN_URL'];
    else process.env['TEST_DATABASE_ADMIN_URL'] = savedAdminUrl;
  });

  async function freshPostgresForTests() {
    let module: typeof import('./postgres-for-tests') | undefined;
    await jest.isolateModulesAsync(async () => {
      module = await import('./postgres-for-tests');
    });
    if (!module) throw new Error('postgres-for-tests did not load');
    return module.postgresForTests;
  }

  it('finds a server that answers, once per process', async () => {
    const postgresForTests = await freshPostgresForTests();

    const first = postgresForTests();

    expect(postgresForTests()).toBe(first);
    expect(await postgresAnswers((await first).adminUrl)).toBe(true);
  }, 60_000);

  it('refuses a TEST_DATABASE_ADMIN_URL that does not answer, without showing its password', async () => {
    process.env['TEST_DATABASE_ADMIN_URL'] = 'postgres://someone:secret@127.0.0.1:1/postgres';
    const postgresForTests = await freshPostgresForTests();

    const failure = await postgresForTests().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('TEST_DATABASE_ADMIN_URL is set but');
    expect((failure as Error).message).not.toContain('secret');
  }, 30_000);
});
