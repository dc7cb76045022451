/**
 * Full load at each concurrency, one after the other; the run that accepted most counts, since with too
 * few connections each request's round trip, not the service, bounds the rate.
 */
export async function atBestConcurrency<Run>(
  concurrencies: number[],
  run: (connections: number) => Promise<Run>,
  acceptedPerSecond: (run: Run) => number,
): Promise<{ best: Run; runs: Run[] }> {
  const runs: Run[] = [];
  for (const connections of concurrencies) runs.push(await run(connections));
  const best = runs.reduce((best, candidate) => (acceptedPerSecond(candidate) > acceptedPerSecond(best) ? candidate : best));
  return { best, runs };
}
