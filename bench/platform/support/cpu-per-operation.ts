export interface CpuPerOperation {
  /** This process's CPU per call, in ms. */
  ownMs: number;
  /** The CPU per call of the process `otherCpuMs` reads, in ms (0 without it). */
  otherMs: number;
}

export interface CpuMeasurement {
  /** Calls made first and not counted: they warm up the JIT on the operation's path. */
  warmUps: number;
  operations: number;
  /** Another process's CPU used so far, in ms, e.g. the database backend serving the operation. */
  otherCpuMs?: () => number;
}

/** The CPU one call of `operation` costs, the calls made one after the other. */
export async function cpuPerOperation(
  operation: () => Promise<unknown>,
  { warmUps, operations, otherCpuMs = () => 0 }: CpuMeasurement,
): Promise<CpuPerOperation> {
  for (let index = 0; index < warmUps; index++) await operation();
  const ownBefore = process.cpuUsage();
  const otherBefore = otherCpuMs();
  for (let index = 0; index < operations; index++) await operation();
  const own = process.cpuUsage(ownBefore);
  return {
    ownMs: (own.user + own.system) / 1000 / operations,
    otherMs: (otherCpuMs() - otherBefore) / operations,
  };
}
