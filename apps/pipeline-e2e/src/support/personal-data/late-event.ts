import { uuidv7 } from 'uuidv7';
import { eventCatalogue } from '@accord/contracts';
import { eventually } from '@accord/testing';
import { PipelineUnderTest, Service } from '../pipeline-under-test';
import { RawKafka } from '../raw-kafka';

/**
 * Sends a lead's first event of a type again under a new id, as if it had been on its way when the
 * lead was erased, and waits until every consumer applied it.
 */
export async function deliverLate(pipeline: PipelineUnderTest, eventType: string, leadId: string): Promise<void> {
  const kafka = new RawKafka(pipeline.brokers);
  const [sent] = (await kafka.readAll(pipeline.topic(eventType))).filter((message) => message.key === leadId);
  if (!sent?.value) throw new Error(`no ${eventType} of lead ${leadId} to deliver again`);
  const id = uuidv7();
  await kafka.produce(pipeline.topic(eventType), [{ key: leadId, value: JSON.stringify({ ...JSON.parse(sent.value), id }) }]);
  const consumers = eventCatalogue.find((event) => event.type === eventType)?.consumers ?? [];
  await eventually(async () => {
    for (const consumer of consumers) expect(await pipeline.count(consumer as Service, 'SELECT count(*) FROM inbox WHERE event_id = $1', [id])).toBe(1);
  }, { timeoutMs: 30_000, intervalMs: 200 });
}
