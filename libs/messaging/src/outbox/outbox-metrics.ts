import { counter, gauge } from '@accord/telemetry';

export const outboxMetrics = {
  published: counter('outbox_published_total', 'Outbox events published to Kafka', []),
  backlog: gauge('outbox_backlog', 'Outbox events committed but not yet published', []),
  oldestAgeSeconds: gauge('outbox_oldest_age_seconds', 'Age of the oldest unpublished outbox event', []),
};
