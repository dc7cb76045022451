import autocannon from 'autocannon';
import { qualifyingLeadBody } from '../../capture/support/lead-body';
import { sendLeadsAtRate } from './paced-lead-load';

export interface LoadResult {
  seconds: number;
  accepted: number;
  failed: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number; p999: number };
}

export interface LoadOptions {
  captureUrl: string;
  apiKey: string;
  runId: string;
  seconds: number;
  connections: number;
  /** Leads per second, evenly spaced; unset sends as fast as capture answers. */
  rate?: number;
  /** Called on every accepted lead, for backlog tracking while the load runs. */
  onAccepted?: () => void;
}

let sequence = 0;

/** A new qualifying person every call, numbered across the whole run. */
export const nextLeadBody = (runId: string): string => qualifyingLeadBody(runId, (sequence += 1));

/**
 * POST /v1/leads over HTTP, as an upstream form backend or integration would: at an even pace when a
 * rate is given, else with autocannon as fast as capture answers on the given connections.
 */
export async function sendLeads(options: LoadOptions): Promise<LoadResult> {
  const { rate } = options;
  if (rate !== undefined) return sendLeadsAtRate({ ...options, rate }, () => nextLeadBody(options.runId));
  const run = autocannon({
    url: `${options.captureUrl}/v1/leads`,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
        setupRequest: (request) => ({ ...request, body: nextLeadBody(options.runId) }),
      },
    ],
  });
  const onAccepted = options.onAccepted;
  if (onAccepted) run.on('response', (_client: unknown, statusCode: number) => statusCode < 300 && onAccepted());
  const result = await run;
  return {
    seconds: options.seconds,
    accepted: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    perSecond: result['2xx'] / options.seconds,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, p999: result.latency.p99_9 },
  };
}
