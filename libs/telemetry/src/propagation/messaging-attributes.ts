import type { Attributes } from '@opentelemetry/api';
import { leadSpanAttributes, type LeadSpanAttributes } from './lead-span-attributes';

/**
 * What a Kafka span may say about its message. The message key is left out on purpose: it is
 * a lead id today, but keys are free-form and must never become a place for personal data.
 */
export interface MessagingSpanAttributes extends LeadSpanAttributes {
  topic: string;
  partition?: number;
  offset?: string | number;
  messageId?: string;
  consumerGroup?: string;
}

/** `create` records a message (e.g. in an outbox), `send` hands it to Kafka, `process` consumes it. */
export type MessagingOperation = 'create' | 'send' | 'process';

export function messagingAttributes(
  message: MessagingSpanAttributes,
  operation: MessagingOperation,
): Attributes {
  return {
    'messaging.system': 'kafka',
    'messaging.operation.type': operation,
    'messaging.destination.name': message.topic,
    'messaging.destination.partition.id':
      message.partition === undefined ? undefined : String(message.partition),
    'messaging.kafka.offset': message.offset === undefined ? undefined : Number(message.offset),
    'messaging.message.id': message.messageId,
    'messaging.consumer.group.name': message.consumerGroup,
    ...leadSpanAttributes(message),
  };
}
