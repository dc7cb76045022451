import { BaseRpcContext } from '@nestjs/microservices';
import { AccordEvent } from '@accord/contracts';
import { SqlExecutor } from '../sql-executor';

export interface DeliveryInfo {
  topic: string;
  partition: number;
  offset: string;
  attempt: number;
}

function leadIdOf(event: AccordEvent): string | undefined {
  const { leadId } = event.payload as { leadId?: unknown };
  return typeof leadId === 'string' ? leadId : undefined;
}

/** The lead ids of each chunk, worked out once for all its events' contexts. */
const leadIdsOfChunk = new WeakMap<AccordEvent[], string[]>();

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
    const chunk = this.chunk;
    let leadIds = leadIdsOfChunk.get(chunk);
    if (!leadIds) {
      leadIds = chunk.flatMap((event) => leadIdOf(event) ?? []);
      leadIdsOfChunk.set(chunk, leadIds);
    }
    return leadIds;
  }

  /**
   * `event` and the events after it in the chunk that are the next of their lead from `event` on, of the
   * same type and kept by `wanted`: what a handler may apply ahead, in one statement, without taking any
   * lead's events out of order. A lead whose next event is not one of those is left out altogether.
   */
  nextOfEachLead(event: AccordEvent, wanted: (candidate: AccordEvent) => boolean = () => true): AccordEvent[] {
    const from = this.chunk.indexOf(event);
    if (from < 0) return [event];
    const seen = new Set<string>();
    return this.chunk.slice(from).filter((candidate) => {
      const leadId = leadIdOf(candidate);
      if (leadId === undefined || seen.has(leadId)) return false;
      seen.add(leadId);
      return candidate === event || (candidate.type === event.type && wanted(candidate));
    });
  }
}
