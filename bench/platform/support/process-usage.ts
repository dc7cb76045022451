import { readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = 100;
const pageBytes = 4096;

export interface ProcessGroup {
  name: string;
  /** The pids now; looked up again at every sample, since PostgreSQL forks a backend per connection. */
  pids: () => number[];
  /** Count shared memory once (PSS), for servers whose processes share buffers (PostgreSQL). */
  proportional?: boolean;
}

export interface Usage {
  /** CPU time over wall time, 1.0 = one core busy. */
  cpuCores: number;
  rssMb: number;
  peakRssMb: number;
}

interface Reading {
  at: number;
  ticks: Map<number, number>;
  rssBytes: number;
}

function stat(pid: number): { ticks: number; rssBytes: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may itself contain spaces.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ticks: Number(fields[11]) + Number(fields[12]), rssBytes: Number(fields[21]) * pageBytes };
  } catch {
    return undefined;
  }
}

/** The CPU a process has used so far, in ms. */
export function cpuMsOf(pid: number): number {
  const current = stat(pid);
  if (!current) throw new Error(`No process ${pid} to read the CPU of`);
  return (current.ticks * 1000) / ticksPerSecond;
}

function proportionalBytes(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function read(group: ProcessGroup): Reading {
  const ticks = new Map<number, number>();
  let rssBytes = 0;
  for (const pid of group.pids()) {
    const current = stat(pid);
    if (!current) continue;
    ticks.set(pid, current.ticks);
    rssBytes += group.proportional ? proportionalBytes(pid) : current.rssBytes;
  }
  return { at: Date.now(), ticks, rssBytes };
}

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Every process on this machine whose command line matches, e.g. the PostgreSQL server and its backends. */
export function processesMatching(pattern: RegExp): () => number[] {
  return () =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry) && pattern.test(commandLine(entry)))
      .map(Number);
}

export const postgresProcesses = processesMatching(/^(\/\S*\/)?postgres( |:)/);
export const kafkaProcesses = processesMatching(/ kafka\.Kafka /);

/** CPU and RSS of process groups between a start and an end, from /proc (CPU of processes that ended meanwhile is lost). */
export class UsageMeter {
  private readonly started = new Map<string, Reading>();
  private readonly peakBytes = new Map<string, number>();

  constructor(private readonly groups: ProcessGroup[]) {
    for (const group of groups) {
      const reading = read(group);
      this.started.set(group.name, reading);
      this.peakBytes.set(group.name, reading.rssBytes);
    }
  }

  /** Notes the memory now, for the peak. */
  sample(): void {
    for (const group of this.groups) this.peakBytes.set(group.name, Math.max(this.peakBytes.get(group.name) ?? 0, read(group).rssBytes));
  }

  /** Usage since the meter was made; RSS as it is now. */
  read(): Record<string, Usage> {
    const usage: Record<string, Usage> = {};
    for (const group of this.groups) {
      const before = this.started.get(group.name)!;
      const now = read(group);
      let ticks = 0;
      for (const [pid, value] of now.ticks) ticks += value - (before.ticks.get(pid) ?? 0);
      const seconds = Math.max(0.001, (now.at - before.at) / 1000);
      const peak = Math.max(this.peakBytes.get(group.name) ?? 0, now.rssBytes);
      usage[group.name] = { cpuCores: ticks / ticksPerSecond / seconds, rssMb: now.rssBytes / 1024 / 1024, peakRssMb: peak / 1024 / 1024 };
    }
    return usage;
  }
}

/**
 * The lowest RSS (MB) each group reaches while the machine idles for `idleMs`, read every `everyMs`: at
 * rest, since V8 gives back what a burst grew only after a process has been idle for a while.
 */
export async function lowestRssWhileIdle(groups: ProcessGroup[], idleMs: number, everyMs: number): Promise<Record<string, number>> {
  const lowest = new Map<string, number>();
  for (let waited = 0; waited <= idleMs; waited += everyMs) {
    if (waited > 0) await new Promise((resolve) => setTimeout(resolve, everyMs));
    for (const group of groups) lowest.set(group.name, Math.min(lowest.get(group.name) ?? Infinity, read(group).rssBytes / 1024 / 1024));
  }
  return Object.fromEntries(lowest);
}
