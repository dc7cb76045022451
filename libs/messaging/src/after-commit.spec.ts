import { afterCommit, runInTransaction } from './after-commit';
import { SqlExecutor, TransactionalDatabase } from './sql-executor';

const transaction: SqlExecutor = { $executeRawUnsafe: async () => 0, $queryRawUnsafe: async () => [] };

function fakeDatabase(): TransactionalDatabase {
  return { $transaction: (work) => work({ ...transaction }) };
}

describe('afterCommit', () => {
  it('runs effects only after the transaction has committed, in order', async () => {
    const seen: string[] = [];
    const result = await runInTransaction(fakeDatabase(), async (tx) => {
      afterCommit(tx, () => seen.push('first'));
      afterCommit(tx, () => seen.push('second'));
      seen.push('work done');
      return 42;
    });

    expect(result).toBe(42);
    expect(seen).toEqual(['work done', 'first', 'second']);
  });

  it('drops the effects of a transaction that rolled back', async () => {
    const seen: string[] = [];
    const failing = runInTransaction(fakeDatabase(), async (tx) => {
      afterCommit(tx, () => seen.push('counted'));
      throw new Error('serialization failure');
    });

    await expect(failing).rejects.toThrow('serialization failure');
    expect(seen).toEqual([]);
  });

  it('runs at once for a transaction it did not start', () => {
    const seen: string[] = [];
    afterCommit({ ...transaction }, () => seen.push('counted'));

    expect(seen).toEqual(['counted']);
  });
});
