import { ChunkWideStatement } from './chunk-wide-statement';

function doubling() {
  const asked: number[][] = [];
  const statement = new ChunkWideStatement<object, number, number>(
    async (_transaction, requests) => {
      asked.push(requests);
      return requests.map((request) => request * 2);
    },
    (request) => String(request),
  );
  return { asked, statement };
}

describe('ChunkWideStatement', () => {
  it('asks for the first request and the upcoming ones together, and answers those later without asking', async () => {
    const { asked, statement } = doubling();
    const transaction = {};

    expect(await statement.answer(transaction, 1, [1, 2, 3])).toBe(2);
    expect(await statement.answer(transaction, 3)).toBe(6);
    expect(await statement.answer(transaction, 2)).toBe(4);
    expect(asked).toEqual([[1, 2, 3]]);
  });

  it('asks again for a request answered already, and for one that was not among the upcoming with its own upcoming', async () => {
    const { asked, statement } = doubling();
    const transaction = {};
    await statement.answer(transaction, 1, [2, 3]);
    await statement.answer(transaction, 2);

    expect(await statement.answer(transaction, 2)).toBe(4);
    expect(await statement.answer(transaction, 7, [3, 8])).toBe(14);
    expect(await statement.answer(transaction, 8)).toBe(16);
    expect(await statement.answer(transaction, 3)).toBe(6);
    expect(asked).toEqual([[1, 2, 3], [2], [7, 8]]);
  });

  it('keeps what each transaction asked ahead apart', async () => {
    const { asked, statement } = doubling();
    const first = {};
    const second = {};
    await statement.answer(first, 1, [2]);

    expect(await statement.answer(second, 2)).toBe(4);
    expect(asked).toEqual([[1, 2], [2]]);
  });

  it('answers requests asked ahead before any was needed, asking ahead only for those with no answer waiting', async () => {
    const { asked, statement } = doubling();
    const transaction = {};
    await statement.askAhead(transaction, [4, 5]);
    await statement.askAhead(transaction, [5, 6]);

    expect(await statement.answer(transaction, 5, [6])).toBe(10);
    expect(await statement.answer(transaction, 6)).toBe(12);
    expect(asked).toEqual([[4, 5], [6]]);
  });
});
