import { Registry } from 'prom-client';

/** The one registry every library and service of a process records into and /metrics serves. */
export const metricsRegistry = new Registry();
