import { collectDefaultMetrics } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

const DEFAULT_METRIC_PROBE = 'nodejs_version_info';

/** Labels every metric of the process with its service and starts the Node runtime metrics. */
export function startServiceMetrics(serviceName: string): void {
  metricsRegistry.setDefaultLabels({ service: serviceName });
  if (metricsRegistry.getSingleMetric(DEFAULT_METRIC_PROBE) === undefined) {
    collectDefaultMetrics({ register: metricsRegistry });
  }
}
