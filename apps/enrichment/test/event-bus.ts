import { Consumer, Kafka, logLevel, Producer } from 'kafkajs';
import { uuidv7 } from 'uuidv7';
import { provisionTopics } from '@accord/messaging';

export interface ReceivedEvent<Payload = Record<string, unknown>> {
  key: string | null;
  timestamp: number;
  envelope: { id: string; type: string; causationId: string | null; payload: Payload };
}

/** The broker seen from outside the service: produces its input events and collects what it publishes. */
export class EventBus {
  readonly received: ReceivedEvent[] = [];
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private consumer?: Consumer;

  constructor(
    brokers: string[],
    readonly prefix: string,
  ) {
    this.kafka = new Kafka({ clientId: `${prefix}bus`, brokers, logLevel: logLevel.NOTHING });
    this.producer = this.kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  }

  topic(type: string): string {
    return `${this.prefix}${type}`;
  }

  async start(inputTypes: string[], outputType: string, partitions = 3): Promise<void> {
    await provisionTopics(this.kafka, [...inputTypes, outputType].map((type) => this.topic(type)), { partitions, replicationFactor: 1 });
    await this.producer.connect();
    this.consumer = this.kafka.consumer({ groupId: `${this.prefix}observer`, maxWaitTimeInMs: 50 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic(outputType), fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ message }) => {
        this.received.push({
          key: message.key?.toString() ?? null,
          timestamp: Number(message.timestamp),
          envelope: JSON.parse(message.value?.toString() ?? 'null'),
        });
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    await this.producer.disconnect();
  }

  /** Sends events as their upstream producer would: an envelope keyed by the lead id. */
  async send(type: string, payloads: { leadId: string }[], partition?: number): Promise<string[]> {
    const envelopes = payloads.map((payload) => {
      const id = uuidv7();
      return { id, type, occurredAt: new Date().toISOString(), producer: type.split('.')[0], correlationId: id, causationId: null, payload };
    });
    await this.producer.send({
      topic: this.topic(type),
      acks: -1,
      messages: envelopes.map((envelope) => ({ key: envelope.payload.leadId, value: JSON.stringify(envelope), partition })),
    });
    return envelopes.map((envelope) => envelope.id);
  }

  eventsFor(leadId: string): ReceivedEvent[] {
    return this.received.filter((event) => event.key === leadId);
  }
}
