import { KafkaMessage } from 'kafkajs';
import { AccordEvent, parseEvent } from '@accord/contracts';
import { MalformedMessageError } from './failure-classification';

/** Turns raw bytes into a contract-checked event or throws a permanent failure. */
export function decodeMessage(topic: string, message: KafkaMessage): AccordEvent {
  if (!message.value || message.value.length === 0) {
    throw new MalformedMessageError('Message has no value');
  }
  let candidate: unknown;
  try {
    candidate = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    throw new MalformedMessageError(`Message value is not JSON: ${(error as Error).message}`);
  }
  const event = parseEvent(candidate);
  if (event.type !== topic) {
    throw new MalformedMessageError(`Event type ${event.type} does not belong on topic ${topic}`);
  }
  return event;
}
