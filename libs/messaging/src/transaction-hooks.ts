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

/**
 * Items a transaction produces, written together by `write` just before it commits, so a chunk of events
 * costs one statement per kind of write. Outside a transaction started by `runInTransaction` each item
 * is written at once.
 */
export class CommitTimeWrites<Transaction extends object, Item> {
  private readonly pending = new WeakMap<Transaction, Item[]>();

  constructor(private readonly write: (transaction: Transaction, items: Item[]) => Promise<unknown>) {}

  async add(transaction: Transaction, item: Item): Promise<void> {
    const pending = this.pending.get(transaction);
    if (pending) {
      pending.push(item);
      return;
    }
    const items = [item];
    if (beforeCommit(transaction, () => this.flush(transaction))) this.pending.set(transaction, items);
    else await this.write(transaction, items);
  }

  /** Writes what `transaction` has gathered so far now, for a statement about to read it. */
  async flush(transaction: Transaction): Promise<void> {
    const items = this.pending.get(transaction)?.splice(0) ?? [];
    if (items.length > 0) await this.write(transaction, items);
  }
}
