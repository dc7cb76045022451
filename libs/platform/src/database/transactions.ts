import { Inject, Injectable } from '@nestjs/common';
import { runInTransaction } from '@accord/messaging';
import { DatabaseClient } from './database-client';
import { DATABASE } from './database-tokens';

/** Runs use-case work in one database transaction without the use case touching the client. */
@Injectable()
export class Transactions {
  constructor(@Inject(DATABASE) private readonly database: DatabaseClient) {}

  /** The caller names its service's transaction type; the client hands one of that type in. */
  run<Transaction, Result>(work: (transaction: Transaction) => Promise<Result>): Promise<Result> {
    return runInTransaction(this.database, (transaction) => work(transaction as Transaction), {
      timeout: 15_000,
      maxWait: 5_000,
    });
  }
}
