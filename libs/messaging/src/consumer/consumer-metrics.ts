import { counter, histogram } from '@accord/telemetry';

export const consumerMetrics = {
  processed: counter('consumer_messages_total', 'Messages handled, by topic and outcome', ['topic', 'outcome']),
  retries: counter('consumer_retries_total', 'Handler attempts that failed and were retried', ['topic']),
  deadLettered: counter('consumer_dead_lettered_total', 'Messages sent to a dead-letter topic', ['topic']),
  handlerSeconds: histogram('consumer_handler_duration_seconds', 'Time to handle one message', ['topic']),
};
