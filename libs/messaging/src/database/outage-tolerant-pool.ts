import { Pool, PoolConfig } from 'pg';

/**
 * A pg pool whose connections can be cut by a database restart without taking the process down, and
 * which keeps the connections it has opened: reopening them after every quiet spell (pg's default is
 * ten seconds) made the first work after one pay for new connections and cold server backends.
 * pg emits a dead connection's error on its client, and the pool listens only while the client is
 * idle: a late error on a client that is checked out, or already handed back and discarded, would be
 * unhandled. Every client gets a listener for its whole life; the failed query or transaction still
 * fails, and the pool discards the client when it comes back unusable.
 */
export function createOutageTolerantPool(config: PoolConfig, onConnectionLost: (error: Error) => void): Pool {
  const pool = new Pool({ idleTimeoutMillis: 0, ...config });
  pool.on('error', onConnectionLost);
  pool.on('connect', (client) => client.on('error', onConnectionLost));
  return pool;
}
