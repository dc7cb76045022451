import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventPayload, EventType } from '@accord/contracts';
import { Outbox } from '@accord/messaging';
import { HandOffTransaction } from '../../database/hand-off-database';
import { WebhookOutboxRepository } from './webhook-outbox.repository';

/** Publishes a hand-off event to Kafka (through the outbox) and to every webhook subscriber, atomically. */
@Injectable()
export class HandOffEvents {
  constructor(
    private readonly outbox: Outbox,
    private readonly webhooks: WebhookOutboxRepository,
  ) {}

  async publish<Type extends EventType>(
    transaction: HandOffTransaction,
    type: Type,
    payload: EventPayload<Type> & { leadId: string },
    cause?: EventEnvelope,
  ) {
    const event = await this.outbox.append(transaction, type, payload, cause);
    await this.webhooks.enqueue(transaction, event.id, type, JSON.stringify(event));
    return event;
  }
}
