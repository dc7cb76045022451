// Accepted leads per second over HTTP (POST /v1/leads with an API key, each a new person with a
// touchpoint, a consent record, an encrypted raw payload and an outbox row in one transaction),
// with p50/p99 latency at full load and at a steady 1,000 leads/s; then the raw limit: the same
// inserts through `pg` directly, one transaction each, and the ratio between the two.
// The service runs as its own process (as in production), the load generator in this one.
// Run: source scripts/ensure-node.sh && node -r @swc-node/register bench/capture/leads-throughput.bench.ts
// Options: BENCH_SECONDS (default 15), BENCH_CONNECTIONS (concurrencies of the full-load runs, default 32,64), BENCH_PROFILE=1 (CPU profile of the service into tmp/capture-profile).
import './support/workspace-tsconfig';
import autocannon from 'autocannon';
import { uniqueName } from '@accord/testing';
import { qualifyingLeadBody } from './support/lead-body';
import { rawCaptureInsertsPerSecond } from './support/raw-capture-inserts';
import { atBestConcurrency } from './support/best-concurrency';
import { runCaptureBench } from './support/run-capture-bench';
import { wholeNumberList } from './support/whole-number-list';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 15);
const concurrencies = wholeNumberList(process.env['BENCH_CONNECTIONS'] ?? '32,64', 'BENCH_CONNECTIONS');
// The steady 1,000 leads/s phase runs on the first of them.
const steadyConnections = concurrencies[0];
const poolSize = 10;
const runId = uniqueName('bench');

const leadBody = (sequence: number) => qualifyingLeadBody(runId, sequence);

// One sequence over every phase, so each request is a new person and no phase measures merges.
let sequence = 0;

async function load(url: string, key: string, options: { connections: number; duration: number; overallRate?: number }) {
  const result = await autocannon({
    url: `${url}/v1/leads`,
    connections: options.connections,
    duration: options.duration,
    overallRate: options.overallRate,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        setupRequest: (request) => ({ ...request, body: leadBody((sequence += 1)) }),
      },
    ],
  });
  return {
    connections: options.connections,
    accepted: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
    perSecond: result['2xx'] / options.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

runCaptureBench({ runId, poolSize, keySource: 'bench' }, async ({ url, databaseUrl, key, stopService }) => {
  await load(url, key, { connections: steadyConnections, duration: 3 });
  const { best: full, runs: fullLoads } = await atBestConcurrency(concurrencies, (connections) => load(url, key, { connections, duration: seconds }), (run) => run.perSecond);
  const steady = await load(url, key, { connections: steadyConnections, duration: Math.max(5, Math.round(seconds / 2)), overallRate: 1_000 });
  await stopService();
  const raw = await rawCaptureInsertsPerSecond({ databaseUrl, seconds: Math.max(5, Math.round(seconds / 2)), connections: poolSize, runId, body: () => leadBody(0) });

  console.log(`capture over HTTP, ${seconds} s per concurrency, service on ${poolSize} database connections`);
  for (const run of fullLoads) {
    console.log(`${String(run.connections).padStart(3)} connections: ${Math.round(run.perSecond)} accepted leads/s (${run.accepted} accepted, ${run.failed} failed), p50 ${run.p50} ms, p99 ${run.p99} ms`);
  }
  console.log(`accepted leads per second:     ${Math.round(full.perSecond)} (best, at ${full.connections} connections)`);
  console.log(`latency at 1,000 leads/s:      p50 ${steady.p50} ms, p99 ${steady.p99} ms (${Math.round(steady.perSecond)}/s accepted, ${steady.failed} failed, ${steadyConnections} connections)`);
  console.log(`raw pg limit, same inserts:    ${Math.round(raw)} transactions per second (${poolSize} connections)`);
  console.log(`ratio HTTP / raw:              ${(full.perSecond / raw).toFixed(2)}`);
  console.log(`ratio to the 2,000 leads/s target: ${(full.perSecond / 2_000).toFixed(2)}x`);
});
