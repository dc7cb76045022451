import type { Attributes } from '@opentelemetry/api';

/**
 * What a Kafka span may say about its message. The message key is left out on purpose: it is
 * a lead id today, but keys are free-form and must never become a place for personal data.
 */
export interface MessagingSpanAttributes {
  topic: string;
  partition?: number;
  offset?: string | number;
  messageId?: string;
  consumerGroup?: string;
  leadId?: string;
  eventType?: string;
}

export type MessagingOperation = 'send' | 'process';

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
    'accord.lead_id': message.leadId,
    'accord.event_type': message.eventType,
  };
}
