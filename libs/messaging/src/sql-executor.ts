/** The slice of a database transaction that messaging needs; a Prisma transaction client fits it. */
export interface SqlExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<Row = unknown>(query: string, ...values: unknown[]): Promise<Row[]>;
}

/** A database that runs a callback inside one transaction; a Prisma client fits it. */
export interface TransactionalDatabase<Transaction extends SqlExecutor = SqlExecutor> {
  $transaction<Result>(
    work: (transaction: Transaction) => Promise<Result>,
    options?: { timeout?: number; maxWait?: number },
  ): Promise<Result>;
}
