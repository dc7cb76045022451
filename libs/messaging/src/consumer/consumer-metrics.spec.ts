import { metricsRegistry } from '@accord/telemetry';
import { initialiseConsumerMetrics, recordConsumerLag } from './consumer-metrics';

describe('consumer lag', () => {
  it('is what the partition held beyond the last handled message, never negative', async () => {
    recordConsumerLag('capture.lead.captured.v1', 2, '120', '99');
    recordConsumerLag('capture.lead.captured.v1', 0, '10', '9');

    const text = await metricsRegistry.getSingleMetricAsString('consumer_lag_messages');
    expect(text).toContain('consumer_lag_messages{topic="capture.lead.captured.v1",partition="2"} 20');
    expect(text).toContain('consumer_lag_messages{topic="capture.lead.captured.v1",partition="0"} 0');
  });
});

describe('consumer failure counters', () => {
  it('start at zero for every subscribed topic', async () => {
    initialiseConsumerMetrics(['scoring.lead.scored.v1']);

    expect(await metricsRegistry.getSingleMetricAsString('consumer_retries_total')).toContain(
      'consumer_retries_total{topic="scoring.lead.scored.v1"} 0',
    );
    expect(await metricsRegistry.getSingleMetricAsString('consumer_dead_lettered_total')).toContain(
      'consumer_dead_lettered_total{topic="scoring.lead.scored.v1"} 0',
    );
  });
});
