import { BaseRpcContext } from '@nestjs/microservices';
import { SqlExecutor } from '../sql-executor';

export interface DeliveryInfo {
  topic: string;
  partition: number;
  offset: string;
  attempt: number;
}

type EventContextArgs<Transaction> = [transaction: Transaction, delivery: DeliveryInfo];

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
}
