import { afterCommit, beforeCommit, CommitTimeWrites, runInTransaction } from './transaction-hooks';
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

describe('beforeCommit', () => {
  it('runs the final writes inside the transaction once the work is done, before any after-commit effect', async () => {
    const seen: string[] = [];
    let insideTransaction = false;
    const database: TransactionalDatabase = {
      $transaction: async (work) => {
        insideTransaction = true;
        try {
          return await work({ ...transaction });
        } finally {
          insideTransaction = false;
        }
      },
    };

    await runInTransaction(database, async (tx) => {
      afterCommit(tx, () => seen.push(`effect, in transaction: ${insideTransaction}`));
      expect(beforeCommit(tx, async () => void seen.push(`final write, in transaction: ${insideTransaction}`))).toBe(true);
      seen.push('work done');
    });

    expect(seen).toEqual(['work done', 'final write, in transaction: true', 'effect, in transaction: false']);
  });

  it('skips the final writes of work that failed', async () => {
    const seen: string[] = [];
    const failing = runInTransaction(fakeDatabase(), async (tx) => {
      beforeCommit(tx, async () => void seen.push('written'));
      throw new Error('constraint violated');
    });

    await expect(failing).rejects.toThrow('constraint violated');
    expect(seen).toEqual([]);
  });

  it('refuses a transaction it did not start, so the caller writes at once', () => {
    expect(beforeCommit({ ...transaction }, async () => undefined)).toBe(false);
  });
});

describe('CommitTimeWrites', () => {
  const gathering = () => {
    const written: number[][] = [];
    const writes = new CommitTimeWrites<SqlExecutor, number>(async (_transaction, items) => void written.push([...items]));
    return { written, writes };
  };

  it('writes what a transaction gathered in one go just before it commits', async () => {
    const { written, writes } = gathering();
    await runInTransaction(fakeDatabase(), async (tx) => {
      await writes.add(tx, 1);
      await writes.add(tx, 2);
      expect(written).toEqual([]);
    });

    expect(written).toEqual([[1, 2]]);
  });

  it('writes what was gathered when flushed, and only what came after at commit', async () => {
    const { written, writes } = gathering();
    await runInTransaction(fakeDatabase(), async (tx) => {
      await writes.add(tx, 1);
      await writes.flush(tx);
      await writes.flush(tx);
      await writes.add(tx, 2);
    });

    expect(written).toEqual([[1], [2]]);
  });

  it('writes at once in a transaction it did not start', async () => {
    const { written, writes } = gathering();
    await writes.add({ ...transaction }, 7);

    expect(written).toEqual([[7]]);
  });
});
