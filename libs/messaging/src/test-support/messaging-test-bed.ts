import { Kafka, logLevel, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { createTestDatabase, testBrokers, TestDatabase } from '@accord/testing';
import { createReliableProducer } from '../kafka/producer-factory';
import { messagingTablesSql } from './pg-transactional-database';

/** A fresh database holding the messaging tables, a pool on it, and a reliable producer on the test broker. */
export class MessagingTestBed {
  readonly producer: Producer;

  private constructor(
    readonly brokers: string[],
    readonly kafka: Kafka,
    readonly database: TestDatabase,
    readonly pool: Pool,
  ) {
    this.producer = createReliableProducer(kafka);
  }

  static async start(name: string): Promise<MessagingTestBed> {
    const brokers = testBrokers();
    const kafka = new Kafka({ clientId: `${name}-test`, brokers, logLevel: logLevel.NOTHING });
    const database = await createTestDatabase(name);
    const pool = database.pool(4);
    await pool.query(messagingTablesSql);
    const bed = new MessagingTestBed(brokers, kafka, database, pool);
    await bed.producer.connect();
    return bed;
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
    await this.database.drop();
  }
}
