import { eventCatalogue } from '@accord/contracts';
import { eventually } from '@accord/testing';
import { PipelineUnderTest, Service, services } from '../pipeline-under-test';

const consumersOf = new Map<string, readonly string[]>(eventCatalogue.map((event) => [event.type, event.consumers]));

/** Events some service wrote to its outbox that one of their consumers has not applied yet. */
async function unapplied(pipeline: PipelineUnderTest): Promise<string[]> {
  const applied = new Map<Service, Set<string>>();
  for (const service of services) {
    const rows = await pipeline.query<{ event_id: string }>(service, 'SELECT event_id::text FROM inbox');
    applied.set(service, new Set(rows.map((row) => row.event_id)));
  }
  const missing: string[] = [];
  for (const producer of services) {
    const events = await pipeline.query<{ event_id: string; type: string }>(producer, "SELECT event_id::text, payload->>'type' AS type FROM outbox");
    for (const event of events) {
      for (const consumer of consumersOf.get(event.type) ?? []) {
        if (applied.get(consumer as Service)?.has(event.event_id) === false) missing.push(`${consumer} has not applied ${event.type} ${event.event_id}`);
      }
    }
  }
  return missing;
}

/** Waits until every event any service published has been applied by every service that consumes it. */
export async function settled(pipeline: PipelineUnderTest, timeoutMs = 60_000): Promise<void> {
  await eventually(async () => expect(await unapplied(pipeline)).toEqual([]), { timeoutMs, intervalMs: 250 });
}
