import { PhaseResult, RunResult } from './platform-run';
import { consumerServices, services } from './platform-under-bench';
import { round } from './statistics';

export interface Figures {
  /** Beside the four consumers working off what it accepts. */
  captureLeadsPerSecond: number;
  captureLatencyMs: { p50: number; p99: number; p999: number };
  /** Once the consumers have stopped: capture, its relay, Kafka and PostgreSQL. */
  captureAloneLeadsPerSecond: number;
  captureAloneLatencyMs: { p50: number; p99: number; p999: number };
  endToEndAtFixedRateMs: { rate: number; p50: number; p99: number };
  /** The same rate over the seconds before, straight after the platform idled: cold code and caches. */
  afterIdleAtFixedRateMs: { seconds: number; p50: number; p99: number };
  hopsAtFixedRateMs: Record<string, { p50: number; p99: number }>;
  sustainedLeadsPerSecond: number;
  endToEndAtSustainedMs: { p50: number; p99: number } | null;
  /** Events handled per second per service while the pipeline is saturated (the first step it could not sustain, else the last). */
  stageEventsPerSecond: Record<string, number>;
  restRssMb: Record<string, number>;
  underLoad: Record<string, { cpuCores: number; peakRssMb: number }>;
  limits: { postgresTxPerSecond: number; kafkaProducePerSecond: number; kafkaConsumePerSecond: number; messageBytes: number };
  ratios: { captureToPostgres: number; sustainedToKafkaProduce: number; stagesToKafkaConsume: Record<string, number> };
}

export interface Target {
  name: string;
  value: number;
  goal: string;
  pass: boolean;
}

const endToEndOf = (phase: PhaseResult) => ({ p50: round(phase.endToEndMs.p50), p99: round(phase.endToEndMs.p99) });

export function figuresOf(run: RunResult): Figures {
  const fixed = run.fixed!;
  const afterIdle = run.afterIdle!;
  const capture = run.capture!;
  const captureAlone = run.captureAlone!;
  const limits = run.limits!;
  const sustainedStep = [...run.steps].reverse().find((step) => step.sustainable);
  const saturated = run.steps.find((step) => !step.sustainable) ?? run.steps.at(-1)!;
  const stageEventsPerSecond = Object.fromEntries(consumerServices.map((service) => [service, round(saturated.eventsPerSecond[service] ?? 0)]));
  const underLoad = Object.fromEntries(
    Object.entries(saturated.usage).map(([group, usage]) => [group, { cpuCores: round(usage.cpuCores, 2), peakRssMb: round(usage.peakRssMb, 1) }]),
  );
  return {
    captureLeadsPerSecond: round(capture.load.perSecond),
    captureLatencyMs: capture.load.latencyMs,
    captureAloneLeadsPerSecond: round(captureAlone.load.perSecond),
    captureAloneLatencyMs: captureAlone.load.latencyMs,
    endToEndAtFixedRateMs: { rate: fixed.targetRate ?? 0, ...endToEndOf(fixed) },
    afterIdleAtFixedRateMs: { seconds: afterIdle.seconds, ...endToEndOf(afterIdle) },
    hopsAtFixedRateMs: fixed.hopsMs,
    sustainedLeadsPerSecond: run.sustainedPerSecond,
    endToEndAtSustainedMs: sustainedStep ? endToEndOf(sustainedStep) : null,
    stageEventsPerSecond,
    restRssMb: run.restRssMb,
    underLoad,
    limits: {
      postgresTxPerSecond: round(limits.postgresTxPerSecond),
      kafkaProducePerSecond: round(limits.kafka.producedPerSecond),
      kafkaConsumePerSecond: round(limits.kafka.consumedPerSecond),
      messageBytes: limits.kafka.messageBytes,
    },
    ratios: {
      captureToPostgres: round(capture.load.perSecond / limits.postgresTxPerSecond, 3),
      sustainedToKafkaProduce: round(run.sustainedPerSecond / limits.kafka.producedPerSecond, 3),
      stagesToKafkaConsume: Object.fromEntries(
        consumerServices.map((service) => [service, round(stageEventsPerSecond[service] / limits.kafka.consumedPerSecond, 5)]),
      ),
    },
  };
}

export function targetsOf(figures: Figures): Target[] {
  const target = (name: string, value: number, goal: string, pass: boolean): Target => ({ name, value, goal, pass });
  return [
    target(`end-to-end p99 at ${figures.endToEndAtFixedRateMs.rate} leads/s (ms)`, figures.endToEndAtFixedRateMs.p99, '< 500', figures.endToEndAtFixedRateMs.p99 < 500),
    target('sustained end to end (leads/s)', figures.sustainedLeadsPerSecond, '>= 500', figures.sustainedLeadsPerSecond >= 500),
    target('capture alone (accepted leads/s)', figures.captureAloneLeadsPerSecond, '>= 2000', figures.captureAloneLeadsPerSecond >= 2_000),
    target('capture beside the others / raw PostgreSQL tx/s', figures.ratios.captureToPostgres, '>= 0.25', figures.ratios.captureToPostgres >= 0.25),
    ...services.map((service) =>
      target(`${service} RSS at rest (MB)`, figures.restRssMb[service], '< 250', figures.restRssMb[service] < 250),
    ),
  ];
}
