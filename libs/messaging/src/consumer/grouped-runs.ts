/** What an item's group run returned, and how many items that group held. */
export interface GroupOutcome<Result> {
  result: Result;
  groupSize: number;
}

interface Waiting<Item, Result> {
  item: Item;
  settle: (outcome: GroupOutcome<Result>) => void;
  fail: (error: unknown) => void;
}

/**
 * Items submitted while a run is in flight wait, and all of them go together into the next run: under
 * load each run takes what arrived during the one before, as a database's group commit does, while an
 * item submitted to an idle queue starts on the next turn of the event loop with whatever joined it
 * by then. One run at a time; every item of a group gets that run's result, or its error.
 */
export class GroupedRuns<Item, Result> {
  private waiting: Waiting<Item, Result>[] = [];
  private scheduled = false;
  private running = false;

  constructor(private readonly run: (items: Item[]) => Promise<Result>) {}

  submit(item: Item): Promise<GroupOutcome<Result>> {
    return new Promise((settle, fail) => {
      this.waiting.push({ item, settle, fail });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => void this.runWaiting());
  }

  private async runWaiting(): Promise<void> {
    this.scheduled = false;
    const group = this.waiting;
    this.waiting = [];
    this.running = true;
    try {
      const result = await this.run(group.map((waiting) => waiting.item));
      for (const waiting of group) waiting.settle({ result, groupSize: group.length });
    } catch (error) {
      for (const waiting of group) waiting.fail(error);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
