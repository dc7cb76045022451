import { SqlExecutor, TransactionalDatabase } from './sql-executor';

type Effect = () => void;
type FinalWrite = () => Promise<void>;

interface Hooks {
  finalWrites: FinalWrite[];
  effects: Effect[];
}

const hooksOf = new WeakMap<object, Hooks>();

/**
 * Runs `work` in one transaction, then the writes registered with `beforeCommit` inside it, and, only
 * once it has committed, the effects registered with `afterCommit`. A rolled-back transaction drops
 * them, so a retried or replayed transaction never counts twice.
 */
export async function runInTransaction<Transaction extends SqlExecutor, Result>(
  database: TransactionalDatabase<Transaction>,
  work: (transaction: Transaction) => Promise<Result>,
  options?: { timeout?: number; maxWait?: number },
): Promise<Result> {
  const hooks: Hooks = { finalWrites: [], effects: [] };
  const result = await database.$transaction(async (transaction) => {
    hooksOf.set(transaction, hooks);
    const result = await work(transaction);
    for (const write of hooks.finalWrites) await write();
    return result;
  }, options);
  for (const effect of hooks.effects) effect();
  return result;
}

/**
 * Defers a side effect outside the database (a metric, typically) until `transaction` commits.
 * Without a transaction, or with one not started by `runInTransaction`, there is no commit to wait
 * for: the effect runs at once.
 */
export function afterCommit(transaction: object | null, effect: Effect): void {
  const hooks = transaction && hooksOf.get(transaction);
  if (hooks) hooks.effects.push(effect);
  else effect();
}

/**
 * Registers a write that runs once the work is done, still inside `transaction`, so writes gathered
 * along the way leave in one statement. False for a transaction not started by `runInTransaction`,
 * whose caller must write at once.
 */
export function beforeCommit(transaction: object, write: FinalWrite): boolean {
  const hooks = hooksOf.get(transaction);
  if (!hooks) return false;
  hooks.finalWrites.push(write);
  return true;
}
