import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { topicsProducedBy } from '@accord/contracts';
import { provisionTopics } from '../kafka/topic-provisioner';
import { OutboxRelay } from '../outbox/outbox-relay';
import { KAFKA, KAFKA_PRODUCER, MESSAGING_SETTINGS, OUTBOX_POOL } from './messaging-tokens';
import { MessagingSettings } from './messaging-settings';

export const MESSAGING_SERVICE = Symbol('MESSAGING_SERVICE');

/**
 * Start: topics exist, the producer is connected, the relay drains the outbox.
 * Stop (after the consumer has finished its in-flight work): flush the outbox, then disconnect.
 */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(MESSAGING_SERVICE) private readonly service: string,
    @Inject(MESSAGING_SETTINGS) private readonly settings: MessagingSettings,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(KAFKA_PRODUCER) private readonly producer: Producer,
    @Inject(OUTBOX_POOL) private readonly pool: Pool,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const topics = topicsProducedBy(this.service).map((type) => `${this.settings.topicPrefix}${type}`);
    await provisionTopics(this.kafka, topics, this.settings.topicLayout);
    await this.producer.connect();
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.producer.disconnect();
    await this.pool.end();
  }
}
