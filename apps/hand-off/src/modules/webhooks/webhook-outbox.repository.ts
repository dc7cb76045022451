import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { traceHeaders } from '@accord/telemetry';
import { HandOffTransaction } from '../../database/hand-off-database';

@Injectable()
export class WebhookOutboxRepository {
  /** One pending delivery per active subscriber of the event type, in the event's own transaction. */
  async enqueue(transaction: HandOffTransaction, eventId: string, eventType: string, body: string): Promise<void> {
    const subscribers = await transaction.webhookSubscription.findMany({
      where: { active: true, OR: [{ eventTypes: { isEmpty: true } }, { eventTypes: { has: eventType } }] },
      select: { id: true },
    });
    if (subscribers.length === 0) return;
    const now = new Date();
    const trace = traceHeaders();
    await transaction.webhookDelivery.createMany({
      data: subscribers.map((subscriber) => ({
        id: uuidv7(),
        subscriptionId: subscriber.id,
        eventId,
        eventType,
        body,
        status: 'pending',
        nextAttemptAt: now,
        traceHeaders: trace,
      })),
      skipDuplicates: true,
    });
  }
}
