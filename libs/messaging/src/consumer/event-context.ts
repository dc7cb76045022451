import { BaseRpcContext } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { SqlExecutor } from '../sql-executor';

export interface DeliveryInfo {
  topic: string;
  partition: number;
  offset: string;
  attempt: number;
}

type EventContextArgs<Transaction> = [transaction: Transaction, delivery: DeliveryInfo, chunk?: AccordEvent[]];

/** What an event handler gets besides the event: the transaction its effects must join. */
export class EventContext<Transaction extends SqlExecutor = SqlExecutor> extends BaseRpcContext<
  EventContextArgs<Transaction>
> {
  get transaction(): Transaction {
    return this.args[0];
  }

  get delivery(): DeliveryInfo {
    return this.args[1];
  }

  /**
   * Every event applied in this transaction, in order, this one among them: a handler may read ahead
   * for the rest in one statement. Only this event when it is applied on its own.
   */
  get chunk(): AccordEvent[] {
    return this.args[2] ?? [];
  }

  /** The leads the chunk's events are about, in order (events without a lead id left out). */
  get chunkLeadIds(): string[] {
    return this.chunk.flatMap((event) => {
      const { leadId } = event.payload as { leadId?: unknown };
      return typeof leadId === 'string' ? [leadId] : [];
    });
  }
}
