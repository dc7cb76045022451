import { Injectable } from '@nestjs/common';
import { uuidv7 } from 'uuidv7';
import { CommitTimeWrites } from '@accord/messaging';
import { traceHeaders } from '@accord/telemetry';
import { configurationVersionOf } from '../../database/configuration-version';
import { HandOffTransaction } from '../../database/hand-off-database';

interface ActiveSubscription {
  id: string;
  eventTypes: string[];
}

interface PendingDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  body: string;
  status: 'pending';
  nextAttemptAt: Date;
  traceHeaders: Record<string, string>;
}

/** A transaction's deliveries leave in one statement as it commits; nothing in it reads them back. */
const deliveries = new CommitTimeWrites<HandOffTransaction, PendingDelivery>((transaction, pending) =>
  transaction.webhookDelivery.createMany({ data: pending, skipDuplicates: true }),
);

@Injectable()
export class WebhookOutboxRepository {
  private cached: { version: string; subscriptions: ActiveSubscription[] } | null = null;

  /** One pending delivery per active subscriber of the event type, in the event's own transaction. */
  async enqueue(transaction: HandOffTransaction, eventId: string, eventType: string, body: string): Promise<void> {
    const subscribers = (await this.activeSubscriptions(transaction)).filter(
      (subscription) => subscription.eventTypes.length === 0 || subscription.eventTypes.includes(eventType),
    );
    if (subscribers.length === 0) return;
    const now = new Date();
    const trace = traceHeaders();
    for (const subscriber of subscribers) {
      await deliveries.add(transaction, {
        id: uuidv7(),
        subscriptionId: subscriber.id,
        eventId,
        eventType,
        body,
        status: 'pending',
        nextAttemptAt: now,
        traceHeaders: trace,
      });
    }
  }

  /**
   * The active subscriptions; in a transaction that has read the configuration version (every routing
   * decision does), from memory while that version holds. Read after the version, so what is cached is
   * never older than the version it is kept under.
   */
  private async activeSubscriptions(transaction: HandOffTransaction): Promise<ActiveSubscription[]> {
    const version = configurationVersionOf(transaction);
    if (version !== undefined && this.cached?.version === version) return this.cached.subscriptions;
    const subscriptions = await transaction.webhookSubscription.findMany({ where: { active: true }, select: { id: true, eventTypes: true } });
    if (version !== undefined) this.cached = { version, subscriptions };
    return subscriptions;
  }
}
