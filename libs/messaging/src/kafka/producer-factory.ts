import { Kafka, Partitioners, Producer } from 'kafkajs';

/** Idempotent, acks=all and one request in flight, so a retried send neither duplicates nor reorders. */
export function createReliableProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}
