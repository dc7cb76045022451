import { ServiceInstance } from './service-instance';

/** Events a process has handled so far: the sum of its consumer_messages_total over topics and outcomes. */
async function handledBy(instance: ServiceInstance): Promise<number> {
  const text = await (await fetch(`${instance.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith('consumer_messages_total{'))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** Events handled per service (all its instances together). */
export async function handledPerService(instances: ServiceInstance[]): Promise<Record<string, number>> {
  const totals: Record<string, number> = {};
  const counts = await Promise.all(instances.map(async (instance) => [instance.service, await handledBy(instance)] as const));
  for (const [service, count] of counts) totals[service] = (totals[service] ?? 0) + count;
  return totals;
}

export function perSecond(before: Record<string, number>, after: Record<string, number>, seconds: number): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((service) => [service, (after[service] - (before[service] ?? 0)) / seconds]));
}
