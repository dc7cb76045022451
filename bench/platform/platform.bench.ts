// The whole platform on this machine in one run: the five services built into dist/ as real
// processes on fresh databases of their own, a topic prefix of their own on the local Kafka, a
// sales team that takes every MQL. It measures capture throughput and latency over HTTP (beside
// the working consumers, then alone once they have stopped), the end-to-end latency of each lead
// from its captured event to its assignment (the envelopes' occurredAt) at a fixed rate and at
// the highest rate the pipeline sustains, each stage's events/s while the others run, CPU and
// memory of every service, PostgreSQL and Kafka, and the machine's raw PostgreSQL and kafkajs
// limits; writes bench/results/platform-latest.{json,md} and prints the change since the previous
// committed result. --scaling runs the rate search over partitions and instances instead and
// writes bench/results/platform-scaling.{json,md}.
// Run: npm run bench [-- --seconds 30 --step-seconds 20 ...]   (see bench/README.md for every flag)
import '../capture/support/workspace-tsconfig';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { wholeNumberList } from '../capture/support/whole-number-list';
import { runPlatform, RunSettings } from './support/platform-run';
import { deltas, markdown, previousReport, PlatformReport, writeReport } from './support/report';
import { runScalingCurve } from './support/scaling-curve';
import { repositoryRoot } from './support/service-instance';
import { figuresOf, targetsOf } from './support/targets';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    'step-seconds': { type: 'string' },
    'capture-seconds': { type: 'string' },
    'raw-seconds': { type: 'string' },
    'rest-seconds': { type: 'string', default: '120' },
    'warm-up-seconds': { type: 'string', default: '20' },
    'fixed-rate': { type: 'string', default: '200' },
    'first-step': { type: 'string', default: '50' },
    'step-factor': { type: 'string', default: '1.2' },
    'max-rate': { type: 'string', default: '5000' },
    'refine-steps': { type: 'string', default: '2' },
    connections: { type: 'string', default: '32,64,128' },
    partitions: { type: 'string', default: '3' },
    instances: { type: 'string', default: '1' },
    'pool-size': { type: 'string', default: '10' },
    'log-level': { type: 'string', default: 'info' },
    scaling: { type: 'boolean', default: false },
    'scaling-partitions': { type: 'string', default: '1,2,4' },
    'scaling-instances': { type: 'string', default: '1,2,4' },
    out: { type: 'string' },
  },
});

const number = (name: keyof typeof flags, fallback?: number): number => {
  const raw = flags[name];
  const value = raw === undefined ? fallback : Number(raw);
  if (value === undefined || !Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const count = (name: 'refine-steps'): number => {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number (0 turns it off)`);
  return value;
};
const list = (name: 'scaling-partitions' | 'scaling-instances' | 'connections'): number[] => wholeNumberList(String(flags[name]), `--${name}`);

const seconds = number('seconds');
const settings: RunSettings = {
  layout: { partitions: number('partitions'), instances: number('instances'), poolSize: number('pool-size'), logLevel: String(flags['log-level']) },
  fixedRate: number('fixed-rate'),
  fixedSeconds: seconds,
  stepSeconds: number('step-seconds', Math.max(5, Math.round((seconds * 2) / 3))),
  firstStepRate: number('first-step'),
  stepFactor: number('step-factor'),
  maxRate: number('max-rate'),
  refineSteps: count('refine-steps'),
  captureSeconds: number('capture-seconds', seconds),
  rawSeconds: number('raw-seconds', Math.max(5, Math.round(seconds / 2))),
  restSeconds: number('rest-seconds'),
  warmUpSeconds: number('warm-up-seconds'),
  connections: list('connections'),
  log: (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
};
const label = `phases of ${settings.fixedSeconds} s (warm-up ${settings.warmUpSeconds} s, steps ${settings.stepSeconds} s, capture ${settings.captureSeconds} s, raw ${settings.rawSeconds} s)${
  seconds < 30 ? ', a short run' : ''
}`;
const machine = () => ({ cores: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), loadBefore: loadavg().map((load) => Number(load.toFixed(2))) });

async function single(): Promise<void> {
  const base = flags.out ?? join(repositoryRoot, 'bench', 'results', 'platform-latest');
  const startedAt = new Date().toISOString();
  const machineBefore = machine();
  const run = await runPlatform(settings);
  const figures = figuresOf(run);
  const report: PlatformReport = {
    kind: 'accord-platform-bench',
    startedAt,
    settings: { label, ...settings, log: undefined },
    machine: machineBefore,
    figures,
    targets: targetsOf(figures),
    details: run,
  };
  const comparison = deltas(report, previousReport(`${base}.json`));
  writeReport(base, report, comparison);
  console.log(`\n${markdown(report, comparison)}`);
  console.log(`written: ${base}.json and .md`);
}

async function main(): Promise<void> {
  if (flags.scaling) {
    await runScalingCurve({
      settings,
      partitions: list('scaling-partitions'),
      instances: list('scaling-instances'),
      basePath: flags.out ?? join(repositoryRoot, 'bench', 'results', 'platform-scaling'),
      label,
      machine: machine(),
    });
  } else {
    await single();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
