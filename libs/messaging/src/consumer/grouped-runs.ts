/** How a submitted item fared: whether its group's run applied it, and how many items that group held. */
export interface GroupOutcome {
  applied: boolean;
  groupSize: number;
}

interface Waiting<Item> {
  item: Item;
  settle: (outcome: GroupOutcome) => void;
}

/**
 * Items submitted while a run is in flight wait, and all of them go together into the next run: under
 * load each run takes what arrived during the one before, as a database's group commit does, while an
 * item submitted to an idle queue starts on the next turn of the event loop with whatever joined it
 * by then. One run at a time; `run` answers whether it applied the items (false leaves them untouched).
 */
export class GroupedRuns<Item> {
  private waiting: Waiting<Item>[] = [];
  private scheduled = false;
  private running = false;

  constructor(private readonly run: (items: Item[]) => Promise<boolean>) {}

  submit(item: Item): Promise<GroupOutcome> {
    return new Promise((settle) => {
      this.waiting.push({ item, settle });
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
    const applied = await this.run(group.map((waiting) => waiting.item)).catch(() => false);
    this.running = false;
    for (const waiting of group) waiting.settle({ applied, groupSize: group.length });
    this.schedule();
  }
}
