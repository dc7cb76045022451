import { SqlExecutor, TransactionalDatabase } from './sql-executor';

type Effect = () => void;

const pendingEffects = new WeakMap<object, Effect[]>();

/**
 * Runs `work` in one transaction and, only once it has committed, the effects registered on that
 * transaction with `afterCommit`. A rolled-back transaction drops them, so a retried or replayed
 * transaction never counts twice.
 */
export async function runInTransaction<Transaction extends SqlExecutor, Result>(
  database: TransactionalDatabase<Transaction>,
  work: (transaction: Transaction) => Promise<Result>,
  options?: { timeout?: number; maxWait?: number },
): Promise<Result> {
  const effects: Effect[] = [];
  const result = await database.$transaction((transaction) => {
    pendingEffects.set(transaction, effects);
    return work(transaction);
  }, options);
  for (const effect of effects) effect();
  return result;
}

/**
 * Defers a side effect outside the database (a metric, typically) until `transaction` commits.
 * A transaction not started by `runInTransaction` has no commit to wait for: the effect runs at once.
 */
export function afterCommit(transaction: object, effect: Effect): void {
  const effects = pendingEffects.get(transaction);
  if (effects) effects.push(effect);
  else effect();
}
