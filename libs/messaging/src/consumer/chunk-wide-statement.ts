/**
 * One statement for a chunk's events instead of one each: the first request of a transaction asks for
 * itself and the upcoming requests of its chunk together; each of those later gets its answer without a
 * round trip of its own. Any other request, and any repeat of one answered already, is asked on its own.
 * `ask` answers requests in the order given.
 */
export class ChunkWideStatement<Transaction extends object, Request, Answer> {
  private readonly answeredAhead = new WeakMap<Transaction, Map<string, Answer>>();

  constructor(
    private readonly ask: (transaction: Transaction, requests: Request[]) => Promise<Answer[]>,
    private readonly keyOf: (request: Request) => string,
  ) {}

  async answer(transaction: Transaction, request: Request, upcoming: Request[] = []): Promise<Answer> {
    const key = this.keyOf(request);
    if (!this.answeredAhead.has(transaction)) await this.askAhead(transaction, [request, ...upcoming.filter((other) => this.keyOf(other) !== key)]);
    const ahead = this.answeredAhead.get(transaction);
    if (ahead?.has(key)) {
      const answer = ahead.get(key) as Answer;
      ahead.delete(key);
      return answer;
    }
    return (await this.ask(transaction, [request]))[0];
  }

  /** Asks for `requests` now, unless this transaction has asked ahead already, so each gets its answer later without a round trip. */
  async askAhead(transaction: Transaction, requests: Request[]): Promise<void> {
    if (this.answeredAhead.has(transaction) || requests.length === 0) return;
    const answers = await this.ask(transaction, requests);
    this.answeredAhead.set(transaction, new Map(requests.map((request, index) => [this.keyOf(request), answers[index]])));
  }
}
