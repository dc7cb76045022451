import { Pool } from 'pg';
import { SqlExecutor, TransactionalDatabase } from '../sql-executor';

/** A real PostgreSQL database behind the interface the runner needs, without a generated client. */
export class PgTransactionalDatabase implements TransactionalDatabase {
  constructor(readonly pool: Pool) {}

  async $transaction<Result>(work: (transaction: SqlExecutor) => Promise<Result>): Promise<Result> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({
        $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
        $queryRawUnsafe: async <Row>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as Row[],
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}

export const messagingTablesSql = `
  CREATE TABLE outbox (id BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL UNIQUE, topic TEXT NOT NULL, key TEXT NOT NULL,
    payload JSON NOT NULL, headers JSONB NOT NULL, created_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), published_at TIMESTAMPTZ(3));
  CREATE INDEX outbox_unpublished_id_idx ON outbox (id) WHERE published_at IS NULL;
  CREATE INDEX outbox_created_at_idx ON outbox USING BRIN (created_at);
  CREATE TABLE inbox (event_id UUID NOT NULL, consumer_group TEXT NOT NULL, topic TEXT NOT NULL,
    processed_at TIMESTAMPTZ(3) NOT NULL DEFAULT now(), PRIMARY KEY (event_id, consumer_group));
  CREATE TABLE effects (seq BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL, lead_id TEXT NOT NULL);
`;
