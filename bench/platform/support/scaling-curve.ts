import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runPlatform, RunSettings } from './platform-run';
import { consumerServices } from './platform-under-bench';
import { round } from './statistics';

export interface ScalingOptions {
  settings: RunSettings;
  partitions: number[];
  instances: number[];
  basePath: string;
  label: string;
  machine: unknown;
}

interface CurvePoint {
  partitions: number;
  instances: number;
  poolSizePerInstance: number;
  sustainedLeadsPerSecond: number;
  saturatedAssignedPerSecond: number;
  endToEndAtSustainedMs: { p50: number; p99: number } | null;
  stageEventsPerSecond: Record<string, number>;
  cpuCores: Record<string, number>;
}

/**
 * The rate search at each layout: more instances than partitions leave instances idle, so those
 * pairs are skipped. Each process gets a share of the pool size, so one database serves the same
 * number of connections however many instances there are.
 */
export async function runScalingCurve(options: ScalingOptions): Promise<void> {
  const points: CurvePoint[] = [];
  for (const partitions of options.partitions) {
    for (const instances of options.instances.filter((count) => count <= partitions)) {
      const poolSize = Math.max(3, Math.ceil(options.settings.layout.poolSize / instances));
      const run = await runPlatform({ ...options.settings, sustainedOnly: true, layout: { ...options.settings.layout, partitions, instances, poolSize } });
      const sustained = [...run.steps].reverse().find((step) => step.sustainable);
      const saturated = run.steps.find((step) => !step.sustainable) ?? run.steps.at(-1)!;
      points.push({
        partitions,
        instances,
        poolSizePerInstance: poolSize,
        sustainedLeadsPerSecond: run.sustainedPerSecond,
        saturatedAssignedPerSecond: round(saturated.assignedPerSecond),
        endToEndAtSustainedMs: sustained ? { p50: round(sustained.endToEndMs.p50), p99: round(sustained.endToEndMs.p99) } : null,
        stageEventsPerSecond: Object.fromEntries(consumerServices.map((service) => [service, round(saturated.eventsPerSecond[service] ?? 0)])),
        cpuCores: Object.fromEntries(Object.entries(saturated.usage).map(([group, usage]) => [group, round(usage.cpuCores, 2)])),
      });
      options.settings.log(`curve: ${partitions} partition(s) × ${instances} instance(s): sustained ${run.sustainedPerSecond} leads/s`);
    }
  }
  mkdirSync(dirname(options.basePath), { recursive: true });
  const startedAt = new Date().toISOString();
  writeFileSync(`${options.basePath}.json`, `${JSON.stringify({ kind: 'accord-platform-scaling', startedAt, label: options.label, machine: options.machine, points }, null, 2)}\n`);
  const lines = [
    '# Accord scaling curve',
    '',
    `${startedAt} · ${options.label} · one machine: every instance, PostgreSQL and Kafka share its cores`,
    '',
    ...(options.label.includes('short run') ? ['> Not a reference result: a short run. It shows that every layout starts, routes and drains; run `npm run bench -- --scaling` on an idle machine for the curve.', ''] : []),
    `| partitions | instances per consumer | pool per instance | sustained leads/s | assigned/s at saturation | e2e p50 / p99 ms at sustained | ${consumerServices.map((service) => `${service} events/s`).join(' | ')} | CPU cores: services / postgresql / kafka |`,
    `|---:|---:|---:|---:|---:|---|${consumerServices.map(() => '---:').join('|')}|---|`,
    ...points.map((point) => {
      const serviceCpu = Object.entries(point.cpuCores)
        .filter(([group]) => !['postgresql', 'kafka', 'load generator'].includes(group))
        .reduce((sum, [, cores]) => sum + cores, 0);
      return `| ${point.partitions} | ${point.instances} | ${point.poolSizePerInstance} | ${point.sustainedLeadsPerSecond} | ${point.saturatedAssignedPerSecond} | ${point.endToEndAtSustainedMs ? `${point.endToEndAtSustainedMs.p50} / ${point.endToEndAtSustainedMs.p99}` : '–'} | ${consumerServices.map((service) => point.stageEventsPerSecond[service]).join(' | ')} | ${round(serviceCpu, 2)} / ${point.cpuCores['postgresql']} / ${point.cpuCores['kafka']} |`;
    }),
    '',
  ];
  writeFileSync(`${options.basePath}.md`, lines.join('\n'));
  console.log(`\n${lines.join('\n')}\nwritten: ${options.basePath}.json and .md`);
}
