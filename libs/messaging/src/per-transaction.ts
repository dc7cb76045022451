/** State each open transaction keeps for itself: made on first use, let go with the transaction. */
export class PerTransaction<Transaction extends object, State> {
  private readonly states = new WeakMap<Transaction, State>();

  constructor(private readonly create: () => State) {}

  of(transaction: Transaction): State {
    let state = this.states.get(transaction);
    if (state === undefined) {
      state = this.create();
      this.states.set(transaction, state);
    }
    return state;
  }

  /** The transaction's state if it has made it, without making it. */
  peek(transaction: Transaction): State | undefined {
    return this.states.get(transaction);
  }
}
