import { PerTransaction } from '../per-transaction';

/**
 * One statement for a chunk's events instead of one each: a request with no answer waiting asks for
 * itself and those of its upcoming requests with none waiting, together; each of those later gets its
 * answer without a round trip of its own. A transaction that applies events of several kinds asks once
 * for each run of them; a repeat of a request answered already is asked again. `ask` answers requests
 * in the order given.
 */
export class ChunkWideStatement<Transaction extends object, Request, Answer> {
  private readonly answeredAhead = new PerTransaction<Transaction, Map<string, Answer>>(() => new Map());

  constructor(
    private readonly ask: (transaction: Transaction, requests: Request[]) => Promise<Answer[]>,
    private readonly keyOf: (request: Request) => string,
  ) {}

  async answer(transaction: Transaction, request: Request, upcoming: Request[] = []): Promise<Answer> {
    const key = this.keyOf(request);
    const ahead = this.answeredAhead.of(transaction);
    if (!ahead.has(key)) await this.askAhead(transaction, [request, ...upcoming]);
    const answer = ahead.get(key) as Answer;
    ahead.delete(key);
    return answer;
  }

  /** Asks now for those of `requests` with no answer waiting, so each gets its answer later without a round trip. */
  async askAhead(transaction: Transaction, requests: Request[]): Promise<void> {
    const ahead = this.answeredAhead.of(transaction);
    const asked = new Map<string, Request>();
    for (const request of requests) {
      const key = this.keyOf(request);
      if (!ahead.has(key) && !asked.has(key)) asked.set(key, request);
    }
    if (asked.size === 0) return;
    const answers = await this.ask(transaction, [...asked.values()]);
    [...asked.keys()].forEach((key, index) => ahead.set(key, answers[index]));
  }
}
