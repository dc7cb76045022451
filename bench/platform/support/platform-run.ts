import { rawCaptureInsertsPerSecond } from '../../capture/support/raw-capture-inserts';
import { atBestConcurrency } from '../../capture/support/best-concurrency';
import { createApiKey } from '../../capture/support/capture-process';
import { eventually } from '@accord/testing';
import { nextLeadBody, sendLeads, LoadResult } from './lead-load';
import { PipelineObserver } from './pipeline-observer';
import { PlatformLayout, PlatformUnderBench, services } from './platform-under-bench';
import { kafkaProcesses, lowestRssWhileIdle, postgresProcesses, ProcessGroup, Usage, UsageMeter } from './process-usage';
import { rawKafkaLimits, RawKafkaLimits } from './raw-kafka-limits';
import { createSalesTeam } from './sales-team';
import { handledPerService, perSecond } from './stage-counters';
import { percentile, round, slope } from './statistics';

/** How often memory is read: each reading walks /proc and every PostgreSQL backend's memory map, on the cores the platform runs on. */
const memoryEveryMs = 5_000;

/**
 * Connections for a fixed rate: enough that a request may take 200 ms before the load generator, not
 * the platform, holds the rate back (each connection has one request in flight, as a form backend would).
 */
const connectionsFor = (rate: number) => Math.min(128, Math.max(16, Math.ceil(rate / 5)));

export interface RunSettings {
  layout: PlatformLayout;
  /** The fixed-rate phase (200 leads/s). */
  fixedRate: number;
  fixedSeconds: number;
  /** Each step of the search for the highest sustainable rate. */
  stepSeconds: number;
  firstStepRate: number;
  stepFactor: number;
  maxRate: number;
  /** Halvings of the gap between the last sustained step and the first that was not. */
  refineSteps: number;
  captureSeconds: number;
  rawSeconds: number;
  /** How long the platform idles after the warm-up while its RSS at rest is read. */
  restSeconds: number;
  /** After the idle, the fixed rate runs this long before the fixed phase, as steady traffic would have run before it. */
  warmUpSeconds: number;
  /** Connections of each full-load capture phase; the best of them counts, as in capture's own benchmark. */
  connections: number[];
  /** Only the rate search (for the scaling curve): no fixed phase, capture maximum nor raw limits. */
  sustainedOnly?: boolean;
  log: (line: string) => void;
}

export interface PhaseResult {
  targetRate: number | null;
  seconds: number;
  load: LoadResult;
  /** Assignments per second while the load ran. */
  assignedPerSecond: number;
  /** Growth of leads accepted but not yet assigned over the second half of the phase, per second. */
  backlogGrowthPerSecond: number;
  drainedWithinMs: number | null;
  sustainable: boolean;
  endToEndMs: { p50: number; p99: number; max: number; assigned: number; captured: number };
  /** p50 / p99 of each hop, from the envelopes' occurredAt: where the end-to-end time goes. */
  hopsMs: Record<string, { p50: number; p99: number }>;
  eventsPerSecond: Record<string, number>;
  usage: Record<string, Usage>;
}

export interface RunResult {
  layout: PlatformLayout;
  restRssMb: Record<string, number>;
  /** The fixed rate straight after the idle: what the first leads after a quiet spell see. */
  afterIdle?: PhaseResult;
  fixed?: PhaseResult;
  steps: PhaseResult[];
  sustainedPerSecond: number;
  /** Leads assigned to a queue instead of a rep over the whole run (0 when routing worked as meant). */
  assignedToQueue: number;
  /** Capture at full load while the consumers run and work off what it accepts. */
  capture?: PhaseResult;
  /** Capture at full load once the consumers have stopped. */
  captureAlone?: PhaseResult;
  limits?: { postgresTxPerSecond: number; kafka: RawKafkaLimits };
}

const drainTimeoutMs = 60_000;

export async function runPlatform(settings: RunSettings): Promise<RunResult> {
  const { log } = settings;
  log(`starting the platform: ${settings.layout.partitions} partition(s), ${settings.layout.instances} instance(s) per consumer`);
  const platform = await PlatformUnderBench.start(settings.layout);
  const observer = PipelineObserver.create(platform.brokers, platform.topicPrefix);
  const runId = platform.topicPrefix.slice(0, -1);
  try {
    await createSalesTeam(platform.url('hand-off'));
    const apiKey = await createApiKey(platform.url('capture'), platform.adminKey, 'bench');
    await observer.start();

    const groups: ProcessGroup[] = [
      ...services.map((service) => ({ name: service, pids: () => platform.instancesOf(service).map((instance) => instance.pid ?? -1) })),
      { name: 'postgresql', pids: postgresProcesses, proportional: true },
      { name: 'kafka', pids: kafkaProcesses },
      { name: 'load generator', pids: () => [process.pid] },
    ];
    let acceptedTotal = 0;

    const drain = async (): Promise<number | null> => {
      const started = Date.now();
      try {
        await eventually(
          () => {
            if (observer.captured < acceptedTotal || observer.assigned < observer.captured) throw new Error(`${acceptedTotal - observer.assigned} leads not assigned yet`);
          },
          { timeoutMs: drainTimeoutMs, intervalMs: 100 },
        );
        return Date.now() - started;
      } catch {
        return null;
      }
    };

    const phase = async (targetRate: number | null, seconds: number, connections: number): Promise<PhaseResult> => {
      const meter = new UsageMeter(groups);
      const handledBefore = await handledPerService(platform.runningInstances());
      const assignedBefore = observer.assigned;
      let accepted = 0;
      const from = Date.now();
      const backlog: { x: number; y: number }[] = [];
      const backlogSampler = setInterval(() => backlog.push({ x: (Date.now() - from) / 1000, y: accepted - (observer.assigned - assignedBefore) }), 1_000);
      const memorySampler = setInterval(() => meter.sample(), memoryEveryMs);
      const load = await sendLeads({
        captureUrl: platform.url('capture'),
        apiKey,
        runId,
        seconds,
        connections,
        rate: targetRate ?? undefined,
        onAccepted: () => void (accepted += 1),
      });
      clearInterval(backlogSampler);
      clearInterval(memorySampler);
      const to = Date.now();
      const usage = meter.read();
      const eventsPerSecond = perSecond(handledBefore, await handledPerService(platform.runningInstances()), (to - from) / 1000);
      const assignedPerSecond = (observer.assigned - assignedBefore) / ((to - from) / 1000);
      acceptedTotal += load.accepted;
      const drainedWithinMs = targetRate === null ? null : await drain();
      const { captured, latenciesMs, hopsMs } = observer.window(from, Date.now());
      // The second half only: the first fills the pipeline up to rate × latency, which is not growth.
      const backlogGrowthPerSecond = slope(backlog.filter((point) => point.x >= seconds / 2));
      const sustainable =
        targetRate !== null &&
        load.perSecond >= 0.9 * targetRate &&
        backlogGrowthPerSecond <= 0.1 * targetRate &&
        drainedWithinMs !== null &&
        latenciesMs.length === captured;
      return {
        targetRate,
        seconds,
        load,
        assignedPerSecond,
        backlogGrowthPerSecond,
        drainedWithinMs,
        sustainable,
        endToEndMs: {
          p50: percentile(latenciesMs, 0.5),
          p99: percentile(latenciesMs, 0.99),
          max: percentile(latenciesMs, 1),
          assigned: latenciesMs.length,
          captured,
        },
        hopsMs: Object.fromEntries(Object.entries(hopsMs).map(([hop, samples]) => [hop, { p50: round(percentile(samples, 0.5)), p99: round(percentile(samples, 0.99)) }])),
        eventsPerSecond,
        usage,
      };
    };
    const describe = (name: string, result: PhaseResult) =>
      log(
        `${name}: ${round(result.load.perSecond)} accepted/s, ${round(result.assignedPerSecond)} assigned/s, end to end p50 ${round(result.endToEndMs.p50)} ms p99 ${round(result.endToEndMs.p99)} ms ` +
          `(${result.endToEndMs.assigned}/${result.endToEndMs.captured} assigned), backlog ${round(result.backlogGrowthPerSecond, 1)}/s, ` +
          `drained in ${result.drainedWithinMs === null ? 'no' : `${round(result.drainedWithinMs)} ms`} → ${result.sustainable ? 'sustained' : 'not sustained'}; ` +
          `p50 per hop: ${Object.entries(result.hopsMs).map(([hop, ms]) => `${hop} ${ms.p50} ms`).join(', ')}`,
      );

    log('warm-up: 50 leads/s for 5 s');
    await phase(50, 5, 8);
    log(`at rest: the lowest RSS while the platform idles for ${settings.restSeconds} s`);
    const lowest = await lowestRssWhileIdle(groups, settings.restSeconds * 1000, memoryEveryMs);
    const restRssMb = Object.fromEntries(services.map((service) => [service, round(lowest[service], 1)]));
    log(`at rest: ${services.map((service) => `${service} ${restRssMb[service]} MB`).join(', ')}`);

    const result: RunResult = { layout: settings.layout, restRssMb, steps: [], sustainedPerSecond: 0, assignedToQueue: 0 };
    if (!settings.sustainedOnly) {
      result.afterIdle = await phase(settings.fixedRate, settings.warmUpSeconds, connectionsFor(settings.fixedRate));
      describe(`${settings.fixedRate} leads/s after the idle`, result.afterIdle);
      result.fixed = await phase(settings.fixedRate, settings.fixedSeconds, connectionsFor(settings.fixedRate));
      describe(`fixed ${settings.fixedRate} leads/s`, result.fixed);
    }
    const step = async (rate: number): Promise<PhaseResult> => {
      const outcome = await phase(rate, settings.stepSeconds, connectionsFor(rate));
      describe(`step ${rate} leads/s`, outcome);
      result.steps.push(outcome);
      if (outcome.sustainable) result.sustainedPerSecond = Math.max(result.sustainedPerSecond, rate);
      return outcome;
    };
    let notSustained: number | undefined;
    for (let rate = settings.firstStepRate; rate <= settings.maxRate; rate = Math.round(rate * settings.stepFactor)) {
      if ((await step(rate)).sustainable) continue;
      notSustained = rate;
      break;
    }
    // Between the last sustained step and the first that was not, by halving: the figure is then within
    // (factor − 1) ÷ 2^refineSteps of the true limit instead of within a whole step.
    for (let halving = 0; notSustained !== undefined && halving < settings.refineSteps; halving++) {
      const rate = Math.round((result.sustainedPerSecond + notSustained) / 2);
      if (rate <= result.sustainedPerSecond || rate >= notSustained || (await drain()) === null) break;
      if (!(await step(rate)).sustainable) notSustained = rate;
    }
    result.assignedToQueue = observer.assignedToQueue;
    if (result.assignedToQueue > 0) log(`warning: ${result.assignedToQueue} leads went to a queue, not to a rep of the bench team`);
    if (settings.sustainedOnly) return result;

    const fullLoad = (label: string, before?: () => Promise<unknown>) => async (connections: number): Promise<PhaseResult> => {
      await before?.();
      const capture = await phase(null, settings.captureSeconds, connections);
      log(
        `${label} at full load on ${connections} connections: ${round(capture.load.perSecond)} accepted/s (${capture.load.failed} failed), ` +
          `p50 ${capture.load.latencyMs.p50} ms p99 ${capture.load.latencyMs.p99} ms p99.9 ${capture.load.latencyMs.p999} ms`,
      );
      return capture;
    };
    const acceptedPerSecond = (capture: PhaseResult) => capture.load.perSecond;
    result.capture = (await atBestConcurrency(settings.connections, fullLoad('capture beside the others', drain), acceptedPerSecond)).best;
    await drain();
    await platform.stopConsumers();
    result.captureAlone = (await atBestConcurrency(settings.connections, fullLoad('capture alone'), acceptedPerSecond)).best;
    const messageBytes = observer.meanCapturedBytes;
    await observer.stop();
    await platform.stop();

    log(`raw limits: PostgreSQL inserts of a captured lead, then kafkajs with ${messageBytes}-byte messages, ${settings.rawSeconds} s each`);
    const postgresTxPerSecond = await rawCaptureInsertsPerSecond({
      databaseUrl: platform.databases.get('capture')!.url,
      seconds: settings.rawSeconds,
      connections: settings.layout.poolSize,
      runId,
      body: () => nextLeadBody(runId),
    });
    const kafka = await rawKafkaLimits({
      brokers: platform.brokers,
      topicPrefix: platform.topicPrefix,
      partitions: settings.layout.partitions,
      seconds: settings.rawSeconds,
      messageBytes,
    });
    result.limits = { postgresTxPerSecond, kafka };
    log(`raw PostgreSQL ${round(postgresTxPerSecond)} tx/s, kafkajs produce ${round(kafka.producedPerSecond)}/s, consume ${round(kafka.consumedPerSecond)}/s`);
    return result;
  } finally {
    await observer.stop().catch(() => undefined);
    await platform.dispose();
  }
}
