import { setTimeout as delay } from 'node:timers/promises';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { uuidv7 } from 'uuidv7';

export interface ReportedOutcome {
  outcomeId: string;
  leadId: string;
  opportunityId: string;
  outcome: 'won' | 'lost';
  amountMinor: number;
}

const resendAfterMs = 1_000;

/**
 * A sales tool reporting opportunity outcomes on `crm.opportunity.outcome.v1`. A send the broker
 * did not acknowledge (it may be restarting) is sent again, as an at-least-once producer does.
 */
export class OutcomeFeed {
  readonly reported: ReportedOutcome[] = [];
  private readonly queue: ReportedOutcome[] = [];
  private readonly producer: Producer;
  private sending?: Promise<void>;
  failedSends = 0;

  constructor(
    brokers: string[],
    private readonly topic: string,
  ) {
    this.producer = new Kafka({ clientId: 'chaos-crm', brokers, logLevel: logLevel.NOTHING, retry: { retries: 3 } }).producer({
      allowAutoTopicCreation: false,
    });
  }

  add(outcome: ReportedOutcome): void {
    this.reported.push(outcome);
    this.queue.push(outcome);
    this.sending ??= this.drain().finally(() => {
      this.sending = undefined;
    });
  }

  /** Resolves once every outcome added so far was acknowledged by the broker. */
  async delivered(): Promise<void> {
    while (this.sending) await this.sending;
  }

  async close(): Promise<void> {
    await this.delivered();
    await this.producer.disconnect();
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, 100);
      try {
        await this.producer.connect();
        await this.producer.send({ topic: this.topic, acks: -1, messages: batch.map((outcome) => this.message(outcome)) });
        this.queue.splice(0, batch.length);
      } catch {
        this.failedSends += 1;
        await delay(resendAfterMs);
      }
    }
  }

  private message(outcome: ReportedOutcome) {
    const id = uuidv7();
    const now = new Date().toISOString();
    const envelope = {
      id,
      type: 'crm.opportunity.outcome.v1',
      occurredAt: now,
      producer: 'crm',
      correlationId: id,
      causationId: null,
      payload: {
        outcomeId: outcome.outcomeId,
        leadId: outcome.leadId,
        email: null,
        opportunityId: outcome.opportunityId,
        outcome: outcome.outcome,
        amount: { amountMinor: outcome.amountMinor, currency: 'EUR' },
        closedAt: now,
        lostReason: outcome.outcome === 'lost' ? 'price' : null,
      },
    };
    return { key: outcome.leadId, value: JSON.stringify(envelope) };
  }
}
