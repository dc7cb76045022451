import { counter, gauge, histogram } from '@accord/telemetry';

export const consumerMetrics = {
  processed: counter('consumer_messages_total', 'Messages handled, by topic and outcome', ['topic', 'outcome']),
  retries: counter('consumer_retries_total', 'Handler attempts that failed and were retried', ['topic']),
  deadLettered: counter('consumer_dead_lettered_total', 'Messages sent to a dead-letter topic', ['topic']),
  handlerSeconds: histogram('consumer_handler_duration_seconds', 'Time to handle one message', ['topic']),
  lag: gauge(
    'consumer_lag_messages',
    "Messages of a partition not yet handled by this service's group, as of the last chunk it committed",
    ['topic', 'partition'],
  ),
};

/** Lag after the message at `offset` is done: what the broker held at fetch time beyond it. */
export function recordConsumerLag(topic: string, partition: number, highWatermark: string, offset: string): void {
  const lag = BigInt(highWatermark) - BigInt(offset) - 1n;
  consumerMetrics.lag.set({ topic, partition: String(partition) }, Number(lag > 0n ? lag : 0n));
}

/** Failure counters start at zero for every subscribed topic, so "no retries" reads 0 rather than no data. */
export function initialiseConsumerMetrics(topics: string[]): void {
  for (const topic of topics) {
    consumerMetrics.retries.inc({ topic }, 0);
    consumerMetrics.deadLettered.inc({ topic }, 0);
  }
}
