import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { LoadOptions, LoadResult } from './lead-load';
import { percentile, round } from './statistics';

/**
 * POST /v1/leads at an even pace: lead i leaves at start + i ÷ rate whatever became of the ones before
 * (an open loop, as forms and integrations send), and its latency counts from that moment, so time spent
 * waiting for a free connection counts too. autocannon's own rate limit sends each connection's share
 * of a second back to back at the start of the second, which makes a fixed rate a burst every second.
 */
export async function sendLeadsAtRate(options: LoadOptions & { rate: number }, nextBody: () => string): Promise<LoadResult> {
  const pool = new Pool(options.captureUrl, { connections: options.connections });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` };
  const total = Math.round(options.rate * options.seconds);
  const latenciesMs: number[] = [];
  const outstanding = new Set<Promise<void>>();
  let accepted = 0;
  let failed = 0;

  const send = async (dueAt: number): Promise<void> => {
    try {
      const response = await pool.request({ path: '/v1/leads', method: 'POST', headers, body: nextBody() });
      await response.body.dump();
      if (response.statusCode < 300) {
        accepted += 1;
        options.onAccepted?.();
      } else failed += 1;
    } catch {
      failed += 1;
    }
    latenciesMs.push(performance.now() - dueAt);
  };

  const started = performance.now();
  for (let index = 0; index < total; index++) {
    const dueAt = started + (index * 1000) / options.rate;
    const early = dueAt - performance.now();
    if (early >= 1) await sleep(early);
    const request: Promise<void> = send(dueAt).finally(() => outstanding.delete(request));
    outstanding.add(request);
  }
  await Promise.all(outstanding);
  const seconds = Math.max(options.seconds, (performance.now() - started) / 1000);
  await pool.close();
  return {
    seconds: options.seconds,
    accepted,
    failed,
    // Over the time the last answer took, so a capture that falls behind shows a lower rate.
    perSecond: accepted / seconds,
    latencyMs: { p50: round(percentile(latenciesMs, 0.5)), p99: round(percentile(latenciesMs, 0.99)), p999: round(percentile(latenciesMs, 0.999)) },
  };
}
