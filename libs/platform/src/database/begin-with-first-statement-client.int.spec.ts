import { Pool } from 'pg';
import { createTestDatabase, TestDatabase } from '@accord/testing';
import { BeginWithFirstStatementClient } from './begin-with-first-statement-client';

describe('a client that sends BEGIN with the transaction’s first statement', () => {
  let database: TestDatabase;
  let pool: Pool;
  let observer: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('begin_with_first');
    pool = new Pool({
      connectionString: database.url,
      max: 1,
      Client: BeginWithFirstStatementClient,
    });
    pool.on('release', (_error, client) =>
      (client as unknown as BeginWithFirstStatementClient).forgetHeldBegin(),
    );
    observer = database.pool();
    await observer.query('CREATE TABLE notes (body TEXT NOT NULL)');
  });

  afterEach(() => observer.query('TRUNCATE notes'));

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  const bodies = async () =>
    (await observer.query<{ body: string }>('SELECT body FROM notes ORDER BY body')).rows.map(
      (row) => row.body,
    );

  /** Answers the server has sent on this connection so far: one per round trip. */
  const answersOn = (client: object) => {
    let answers = 0;
    (client as BeginWithFirstStatementClient).connection.on('readyForQuery', () => answers++);
    return () => answers;
  };

  it('waits for no answer to BEGIN, and its first statement runs inside the transaction', async () => {
    const client = await pool.connect();
    const answers = answersOn(client);

    await client.query('BEGIN');
    expect(answers()).toBe(0);
    await client.query('INSERT INTO notes (body) VALUES ($1)', ['first']);
    expect(answers()).toBe(2);
    expect(await bodies()).toEqual([]);
    await client.query('COMMIT');
    client.release();

    expect(await bodies()).toEqual(['first']);
  });

  it('undoes the first statement on ROLLBACK, as a transaction begun on its own would', async () => {
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query("INSERT INTO notes (body) VALUES ('undone')");
    await client.query('ROLLBACK');
    client.release();

    expect(await bodies()).toEqual([]);
  });

  it('fails the first statement when it fails, and leaves the transaction for ROLLBACK', async () => {
    const client = await pool.connect();
    await client.query('BEGIN');
    await expect(client.query('INSERT INTO missing_table VALUES (1)')).rejects.toThrow(
      /missing_table/,
    );
    await expect(client.query("INSERT INTO notes (body) VALUES ('after')")).rejects.toThrow(
      /aborted/,
    );
    await client.query('ROLLBACK');
    await client.query("INSERT INTO notes (body) VALUES ('next')");
    client.release();

    expect(await bodies()).toEqual(['next']);
  });

  it('sends nothing for a transaction that ends before any statement', async () => {
    const client = await pool.connect();
    const answers = answersOn(client);
    await client.query('BEGIN');
    await client.query('COMMIT');
    expect(answers()).toBe(0);
    expect((client as unknown as BeginWithFirstStatementClient).getTransactionStatus()).toBe('I');
    client.release();
  });

  it('opens no transaction for the next user of a connection handed back with BEGIN held', async () => {
    const first = await pool.connect();
    await first.query('BEGIN');
    first.release();

    const next = await pool.connect();
    await next.query("INSERT INTO notes (body) VALUES ('autocommitted')");
    next.release();

    expect(await bodies()).toEqual(['autocommitted']);
  });
});
