import { Kafka, logLevel } from 'kafkajs';
import { Webhook } from 'standardwebhooks';
import { uuidv7 } from 'uuidv7';
import { PayloadOf, opportunityOutcomeV1 } from '@accord/contracts';
import { call } from './platform-client';

export type OpportunityOutcome = PayloadOf<typeof opportunityOutcomeV1>;

export interface OutcomeChannel {
  describe: string;
  send(outcomes: OpportunityOutcome[]): Promise<void>;
  close(): Promise<void>;
}

/** Hand-off's signed outcome webhook (Standard Webhooks), when the demo knows OUTCOME_WEBHOOK_SECRET. */
export function outcomeWebhook(handOffUrl: string, secret: string): OutcomeChannel {
  const webhook = new Webhook(secret);
  return {
    describe: `signed POST ${handOffUrl}/v1/outcomes`,
    async send(outcomes) {
      for (const outcome of outcomes) {
        const id = `msg_${uuidv7()}`;
        const timestamp = new Date();
        const body = JSON.stringify(opportunityOutcomeV1.payload.parse(outcome));
        const signature = webhook.sign(id, timestamp, body);
        await call('POST', `${handOffUrl}/v1/outcomes`, JSON.parse(body), {
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        });
      }
    },
    close: async () => undefined,
  };
}

/** The CRM connector's way: crm.opportunity.outcome.v1 events on Kafka, keyed by the lead id. */
export async function outcomeTopic(brokers: string[], topicPrefix: string): Promise<OutcomeChannel> {
  const producer = new Kafka({ clientId: 'accord-demo-crm', brokers, logLevel: logLevel.NOTHING }).producer({ idempotent: true });
  await producer.connect();
  const topic = `${topicPrefix}${opportunityOutcomeV1.type}`;
  return {
    describe: `Kafka topic ${topic}`,
    async send(outcomes) {
      if (outcomes.length === 0) return;
      await producer.send({
        topic,
        acks: -1,
        messages: outcomes.map((outcome) => {
          const id = uuidv7();
          const payload = opportunityOutcomeV1.payload.parse(outcome);
          const envelope = { id, type: opportunityOutcomeV1.type, occurredAt: new Date().toISOString(), producer: 'crm', correlationId: id, causationId: null, payload };
          return { key: outcome.leadId ?? outcome.opportunityId, value: JSON.stringify(envelope) };
        }),
      });
    },
    close: () => producer.disconnect(),
  };
}
