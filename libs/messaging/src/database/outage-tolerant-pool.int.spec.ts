import { createTestDatabase, eventually, TestDatabase } from '@accord/testing';
import { createOutageTolerantPool } from './outage-tolerant-pool';

describe('a pool whose database goes away under a checked-out connection', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('outage_pool');
  });

  afterAll(async () => {
    await database.comeBack();
    await database.drop();
  });

  it('reports the lost connection instead of failing the process, and serves new connections once the database is back', async () => {
    const lost: string[] = [];
    const pool = createOutageTolerantPool({ connectionString: database.url, max: 2 }, (error) => {
      lost.push((error as Error & { code?: string }).code ?? error.message);
    });
    const client = await pool.connect();
    await client.query('BEGIN');

    await database.goDown();
    await eventually(() => expect(lost).toContain('57P01'));
    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release(true);

    await database.comeBack();
    const { rows } = await pool.query<{ answer: number }>('SELECT 42 AS answer');
    expect(rows).toEqual([{ answer: 42 }]);
    await pool.end();
  });
});

describe('a pool after a quiet spell', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('quiet_pool');
  });

  afterAll(async () => {
    jest.useRealTimers();
    await database.drop();
  });

  it('serves the next query on the connection it already had, not a new one', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const pool = createOutageTolerantPool({ connectionString: database.url, max: 2 }, () => undefined);
    const backendOf = async () => (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const before = await backendOf();

    jest.advanceTimersByTime(10 * 60_000);

    expect(pool.idleCount).toBe(1);
    expect(await backendOf()).toBe(before);
    jest.useRealTimers();
    await pool.end();
  });
});
