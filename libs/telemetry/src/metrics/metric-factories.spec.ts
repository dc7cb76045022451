import { counter, gauge, histogram } from './metric-factories';
import { metricsRegistry } from './metrics-registry';

describe('metric factories', () => {
  it('return the metric already registered under the same name', () => {
    const first = counter('outbox_published_total', 'Events published from the outbox', ['topic']);
    const second = counter('outbox_published_total', 'Events published from the outbox', ['topic']);

    expect(second).toBe(first);
    expect(histogram('relay_lag_seconds', 'Lag', [])).toBe(
      histogram('relay_lag_seconds', 'Lag', []),
    );
    expect(gauge('outbox_pending', 'Pending rows')).toBe(gauge('outbox_pending', 'Pending rows'));
  });

  it('register on the shared registry', async () => {
    counter('dlq_messages_total', 'Messages sent to a dead-letter topic', ['topic']).inc({
      topic: 'a.dlq',
    });

    expect(await metricsRegistry.getSingleMetricAsString('dlq_messages_total')).toContain(
      'dlq_messages_total{topic="a.dlq"} 1',
    );
  });

  it('refuse a name already taken by another metric type', () => {
    counter('consumer_messages_total', 'Messages consumed');

    expect(() => gauge('consumer_messages_total', 'Messages consumed')).toThrow(
      'Metric "consumer_messages_total" is already registered as another metric type',
    );
  });
});
