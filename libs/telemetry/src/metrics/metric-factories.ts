import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from './metrics-registry';

type MetricClass<M> = abstract new (...args: never[]) => M;

// Libraries and services define metrics where they use them; asking twice for the same name
// must hand back the first instance instead of failing on a duplicate registration.
function registered<M>(name: string, kind: MetricClass<M>): M | undefined {
  const metric: unknown = metricsRegistry.getSingleMetric(name);
  if (metric === undefined) {
    return undefined;
  }
  if (!(metric instanceof kind)) {
    throw new Error(`Metric "${name}" is already registered as another metric type`);
  }
  return metric;
}

export function counter<L extends string = string>(
  name: string,
  help: string,
  labelNames: readonly L[] = [],
): Counter<L> {
  return (
    (registered(name, Counter) as Counter<L> | undefined) ??
    new Counter<L>({ name, help, labelNames, registers: [metricsRegistry] })
  );
}

export function histogram<L extends string = string>(
  name: string,
  help: string,
  labelNames: readonly L[] = [],
  buckets?: number[],
): Histogram<L> {
  return (
    (registered(name, Histogram) as Histogram<L> | undefined) ??
    new Histogram<L>({
      name,
      help,
      labelNames,
      registers: [metricsRegistry],
      ...(buckets ? { buckets } : {}),
    })
  );
}

export function gauge<L extends string = string>(
  name: string,
  help: string,
  labelNames: readonly L[] = [],
): Gauge<L> {
  return (
    (registered(name, Gauge) as Gauge<L> | undefined) ??
    new Gauge<L>({ name, help, labelNames, registers: [metricsRegistry] })
  );
}
