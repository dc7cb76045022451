import { setTimeout as delay } from 'node:timers/promises';
import { eventually } from '@accord/testing';
import { PipelineUnderTest, Service, services } from '../support/pipeline-under-test';
import { privateKafka } from './private-kafka';
import { SeededRandom } from './seeded-random';

export type Fault =
  | { kind: 'kill'; service: Service; at: number; downMs: number }
  | { kind: 'kafka-restart'; at: number; downMs: number }
  | { kind: 'postgres-outage'; at: number; downMs: number };

export interface PerformedFault {
  fault: Fault;
  startedAtMs: number;
  tookMs: number;
  duringStream: boolean;
}

/**
 * Every service killed at least once, one broker restart and one outage of all five databases,
 * plus `extraKills` more kills of random services, each at a random point of the stream
 * (a fraction of the leads settled) and down for a random while.
 */
export function planFaults(random: SeededRandom, extraKills: number): Fault[] {
  const at = () => random.between(0.05, 0.85);
  const kills: Service[] = [...services, ...Array.from({ length: extraKills }, () => services[Math.floor(random.next() * services.length)])];
  const faults: Fault[] = [
    ...kills.map((service): Fault => ({ kind: 'kill', service, at: at(), downMs: Math.round(random.between(200, 5_000)) })),
    { kind: 'kafka-restart', at: at(), downMs: Math.round(random.between(1_000, 8_000)) },
    { kind: 'postgres-outage', at: at(), downMs: Math.round(random.between(2_000, 10_000)) },
  ];
  return faults.sort((left, right) => left.at - right.at);
}

export function describeFault(fault: Fault): string {
  const what = fault.kind === 'kill' ? `SIGKILL ${fault.service}` : fault.kind;
  return `${what} at ${(fault.at * 100).toFixed(1)}% of the stream, down ${fault.downMs} ms`;
}

/** Performs the faults one after another, each once the stream got as far as its point. */
export async function performFaults(
  pipeline: PipelineUnderTest,
  faults: readonly Fault[],
  stream: { reached: (fraction: number) => Promise<void>; done: Promise<unknown> },
  log: (line: string) => void,
): Promise<PerformedFault[]> {
  let streaming = true;
  const ended = () => {
    streaming = false;
  };
  stream.done.then(ended, ended);
  const performed: PerformedFault[] = [];
  const started = Date.now();
  for (const fault of faults) {
    await Promise.race([stream.reached(fault.at), stream.done]);
    const duringStream = streaming;
    const startedAtMs = Date.now() - started;
    log(`chaos: ${describeFault(fault)}${duringStream ? '' : ' (after the stream ended)'}`);
    await perform(pipeline, fault);
    await everyServiceAlive(pipeline, fault);
    performed.push({ fault, startedAtMs, tookMs: Date.now() - started - startedAtMs, duringStream });
  }
  return performed;
}

async function perform(pipeline: PipelineUnderTest, fault: Fault): Promise<void> {
  switch (fault.kind) {
    case 'kill': {
      const process = pipeline.service(fault.service);
      await process.kill();
      await delay(fault.downMs);
      await process.start();
      return;
    }
    case 'kafka-restart':
      await privateKafka.stop();
      await delay(fault.downMs);
      await privateKafka.start();
      return;
    case 'postgres-outage': {
      const databases = services.map((service) => pipeline.database(service));
      await Promise.all(databases.map((database) => database.goDown()));
      await delay(fault.downMs);
      await Promise.all(databases.map((database) => database.comeBack()));
      return;
    }
  }
}

/** A fault may hit one service; every other one must ride it out rather than crash. */
async function everyServiceAlive(pipeline: PipelineUnderTest, fault: Fault): Promise<void> {
  for (const service of services) {
    await eventually(
      async () => {
        const response = await fetch(`${pipeline.service(service).url}/health/live`).catch(() => undefined);
        if (response?.status !== 200) throw new Error(`${service} no longer runs after ${describeFault(fault)}; see its log`);
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
  }
}
