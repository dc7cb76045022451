import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { deadLetterTopicFor } from '@accord/contracts';

export interface DeadLetterCause {
  topic: string;
  partition: number;
  message: KafkaMessage;
  consumerGroup: string;
  error: unknown;
  attempts: number;
}

const maxErrorLength = 2_000;

/** The original key, value and headers, plus headers that say where the message came from and why it failed. */
export function toDeadLetter({ topic, partition, message, consumerGroup, error, attempts }: DeadLetterCause): {
  topic: string;
  message: Message;
} {
  const failure = error instanceof Error ? error : new Error(String(error));
  const headers: IHeaders = {
    ...message.headers,
    'x-dlq-error': failure.message.slice(0, maxErrorLength),
    'x-dlq-error-class': failure.name,
    'x-dlq-original-topic': topic,
    'x-dlq-original-partition': String(partition),
    'x-dlq-original-offset': message.offset,
    'x-dlq-consumer-group': consumerGroup,
    'x-dlq-attempts': String(attempts),
    'x-dlq-failed-at': new Date().toISOString(),
  };
  return {
    topic: deadLetterTopicFor(topic),
    message: { key: message.key, value: message.value, headers },
  };
}
