import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { Figures, Target } from './targets';
import { repositoryRoot } from './service-instance';

export interface PlatformReport {
  kind: 'accord-platform-bench';
  startedAt: string;
  /** Phase lengths and layout: a short development run is not comparable with a full one. */
  settings: Record<string, unknown>;
  machine: { cores: number; memoryGb: number; loadBefore: number[] };
  figures: Figures;
  targets: Target[];
  details: unknown;
}

/** Figures worth watching between runs, and which way is better. */
function headline(figures: Figures): Record<string, { value: number; higherIsBetter: boolean }> {
  const entry = (value: number, higherIsBetter: boolean) => ({ value, higherIsBetter });
  return {
    'capture leads/s': entry(figures.captureLeadsPerSecond, true),
    'capture p99 ms': entry(figures.captureLatencyMs.p99, false),
    'capture alone leads/s': entry(figures.captureAloneLeadsPerSecond, true),
    [`end-to-end p50 ms at ${figures.endToEndAtFixedRateMs.rate}/s`]: entry(figures.endToEndAtFixedRateMs.p50, false),
    [`end-to-end p99 ms at ${figures.endToEndAtFixedRateMs.rate}/s`]: entry(figures.endToEndAtFixedRateMs.p99, false),
    'sustained leads/s': entry(figures.sustainedLeadsPerSecond, true),
    ...Object.fromEntries(Object.entries(figures.stageEventsPerSecond).map(([service, value]) => [`${service} events/s`, entry(value, true)])),
    ...Object.fromEntries(Object.entries(figures.restRssMb).map(([service, value]) => [`${service} RSS at rest MB`, entry(value, false)])),
    'raw PostgreSQL tx/s': entry(figures.limits.postgresTxPerSecond, true),
    'raw kafkajs produce/s': entry(figures.limits.kafkaProducePerSecond, true),
    'capture / raw PostgreSQL': entry(figures.ratios.captureToPostgres, true),
  };
}

/** The result as last committed, else as last written, so a run shows what changed since. */
export function previousReport(jsonPath: string): PlatformReport | undefined {
  try {
    const committed = execFileSync('git', ['show', `HEAD:${relative(repositoryRoot, jsonPath)}`], { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return JSON.parse(committed) as PlatformReport;
  } catch {
    return existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as PlatformReport) : undefined;
  }
}

export function deltas(current: PlatformReport, previous: PlatformReport | undefined): string[] {
  if (!previous) return ['no previous result to compare with'];
  const before = headline(previous.figures);
  const lines = [`against ${previous.startedAt} (${String(previous.settings['label'] ?? '')}):`];
  for (const [name, now] of Object.entries(headline(current.figures))) {
    const then = before[name];
    if (!then || !Number.isFinite(then.value) || !Number.isFinite(now.value)) continue;
    const change = then.value === 0 ? 0 : (now.value - then.value) / Math.abs(then.value);
    const worse = now.higherIsBetter ? change < -0.1 : change > 0.1;
    const sign = change >= 0 ? '+' : '';
    lines.push(`  ${name.padEnd(36)} ${String(then.value).padStart(9)} → ${String(now.value).padStart(9)}  ${sign}${(change * 100).toFixed(1)}%${worse ? '  REGRESSION' : ''}`);
  }
  return lines;
}

const cell = (value: number | string | undefined | null) => (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value)) ? '–' : String(value));

export function markdown(report: PlatformReport, comparison: string[]): string {
  const { figures } = report;
  const lines = [
    `# Accord platform benchmark`,
    '',
    `${report.startedAt} · ${String(report.settings['label'])} · ${report.machine.cores} cores, ${report.machine.memoryGb} GB · load before the run ${report.machine.loadBefore.join(' ')}`,
    '',
    ...(String(report.settings['label']).includes('short run') || report.machine.loadBefore[0] > report.machine.cores / 2
      ? ['> Not a reference result: a short run, or a machine busy with other work before it started. It shows that the run works; run `npm run bench` on an idle machine for figures to compare.', '']
      : []),
    '## Targets',
    '',
    '| figure | value | target | |',
    '|---|---:|---|---|',
    ...report.targets.map((target) => `| ${target.name} | ${cell(target.value)} | ${target.goal} | ${target.pass ? 'PASS' : 'MISS'} |`),
    '',
    '## Throughput and latency',
    '',
    '| figure | value |',
    '|---|---:|',
    `| capture beside the others, accepted leads/s (full load) | ${figures.captureLeadsPerSecond} |`,
    `| … latency p50 / p99 / p99.9 ms | ${figures.captureLatencyMs.p50} / ${figures.captureLatencyMs.p99} / ${figures.captureLatencyMs.p999} |`,
    `| capture alone, the consumers stopped, accepted leads/s (full load) | ${figures.captureAloneLeadsPerSecond} |`,
    `| … latency p50 / p99 / p99.9 ms | ${figures.captureAloneLatencyMs.p50} / ${figures.captureAloneLatencyMs.p99} / ${figures.captureAloneLatencyMs.p999} |`,
    `| end to end at ${figures.endToEndAtFixedRateMs.rate} leads/s, p50 / p99 ms | ${cell(figures.endToEndAtFixedRateMs.p50)} / ${cell(figures.endToEndAtFixedRateMs.p99)} |`,
    ...Object.entries(figures.hopsAtFixedRateMs).map(([hop, ms]) => `| … of which ${hop}, p50 / p99 ms | ${cell(ms.p50)} / ${cell(ms.p99)} |`),
    `| end to end at ${figures.endToEndAtFixedRateMs.rate} leads/s over the ${figures.afterIdleAtFixedRateMs.seconds} s before that phase, straight after the idle, p50 / p99 ms | ${cell(figures.afterIdleAtFixedRateMs.p50)} / ${cell(figures.afterIdleAtFixedRateMs.p99)} |`,
    `| highest sustained rate, leads/s | ${figures.sustainedLeadsPerSecond} |`,
    `| end to end at that rate, p50 / p99 ms | ${cell(figures.endToEndAtSustainedMs?.p50)} / ${cell(figures.endToEndAtSustainedMs?.p99)} |`,
    '',
    '## Each stage while the others run (at saturation)',
    '',
    '| service | events handled/s | / raw kafkajs consume | CPU cores | peak RSS MB | RSS at rest MB |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.keys(figures.restRssMb).map(
      (service) =>
        `| ${service} | ${cell(figures.stageEventsPerSecond[service])} | ${cell(figures.ratios.stagesToKafkaConsume[service])} | ${cell(figures.underLoad[service]?.cpuCores)} | ${cell(figures.underLoad[service]?.peakRssMb)} | ${figures.restRssMb[service]} |`,
    ),
    ...['postgresql', 'kafka', 'load generator'].map(
      (group) => `| ${group} | | | ${cell(figures.underLoad[group]?.cpuCores)} | ${cell(figures.underLoad[group]?.peakRssMb)} | |`,
    ),
    '',
    '## The machine\'s limits in the same run',
    '',
    '| limit | value | Accord / limit |',
    '|---|---:|---:|',
    `| PostgreSQL, capture's inserts of one lead per transaction, tx/s | ${figures.limits.postgresTxPerSecond} | capture ${figures.ratios.captureToPostgres} |`,
    `| kafkajs produce (idempotent, acks=all), ${figures.limits.messageBytes}-byte messages/s | ${figures.limits.kafkaProducePerSecond} | sustained leads ${figures.ratios.sustainedToKafkaProduce} |`,
    `| kafkajs consume, messages/s | ${figures.limits.kafkaConsumePerSecond} | see stages |`,
    '',
    '## Change since the previous result',
    '',
    '```',
    ...comparison,
    '```',
    '',
  ];
  return lines.join('\n');
}

export function writeReport(basePath: string, report: PlatformReport, comparison: string[]): void {
  mkdirSync(dirname(basePath), { recursive: true });
  writeFileSync(`${basePath}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${basePath}.md`, markdown(report, comparison));
}
