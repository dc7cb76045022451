import { Client, ClientConfig, QueryResult } from 'pg';

type Send = (...args: unknown[]) => unknown;

const begin = 'BEGIN';
const endsOfNothing = new Set(['COMMIT', 'ROLLBACK']);

const resultOf = (command: string): QueryResult => ({
  command,
  rowCount: null,
  oid: 0,
  rows: [],
  fields: [],
});

/**
 * A pg client that sends a transaction's BEGIN together with its first statement, in one write, and
 * waits for both answers at once. Prisma's driver adapter awaits BEGIN on its own before the first
 * statement: one round trip per transaction that carries nothing. BEGIN's failure (a lost connection)
 * fails that first statement; a transaction that ends before any statement was never begun.
 */
export class BeginWithFirstStatementClient extends Client {
  private beginHeld = false;

  constructor(config?: ClientConfig) {
    // Pipelined, pg sends a query without waiting for the answer to the one before it.
    super({ ...config, pipeline: true });
    const send: Send = super.query.bind(this);
    this.query = ((...args: unknown[]) => this.route(send, args)) as Client['query'];
  }

  /** A client handed back to the pool opens no transaction for its next user. */
  forgetHeldBegin(): void {
    this.beginHeld = false;
  }

  private route(send: Send, args: unknown[]): unknown {
    const [config, ...rest] = args as [string | { text?: string }, ...unknown[]];
    const text = typeof config === 'string' ? config : config.text;
    const awaited = rest.length === 0;
    if (!this.beginHeld) {
      if (text !== begin || !awaited) return send(...args);
      this.beginHeld = true;
      return Promise.resolve(resultOf(begin));
    }
    this.beginHeld = false;
    if (awaited && text !== undefined && endsOfNothing.has(text))
      return Promise.resolve(resultOf(text));
    return this.sendBehindBegin(send, args);
  }

  private sendBehindBegin(send: Send, args: unknown[]): unknown {
    const { stream } = this.connection;
    stream.cork();
    try {
      const opened = send(begin) as Promise<QueryResult>;
      const answered = send(...args);
      if (!(answered instanceof Promise)) {
        opened.catch(() => undefined); // a lost connection fails the query sent behind it as well
        return answered;
      }
      return Promise.all([opened, answered]).then(([, result]) => result);
    } finally {
      stream.uncork();
    }
  }
}
