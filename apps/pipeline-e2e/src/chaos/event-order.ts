import { TopicRecord } from './kafka-inspector';

export interface PlacedEvent {
  id: string;
  occurredAt: string;
  partition: number;
  offset: number;
}

export interface OrderReport {
  records: number;
  redelivered: number;
  keys: number;
  /** Per key, an event whose first delivery comes after that of an event that happened later. */
  outOfOrder: { key: string; earlier: PlacedEvent; later: PlacedEvent }[];
}

/**
 * Per key, the first delivery of each event must follow the one before it in time. A redelivery
 * (the same event id again, after a relay lost its acknowledgement) is at-least-once, not disorder.
 */
export function checkEventOrder(records: readonly TopicRecord[]): OrderReport {
  const seen = new Set<string>();
  const lastByKey = new Map<string, PlacedEvent>();
  const report: OrderReport = { records: records.length, redelivered: 0, keys: 0, outOfOrder: [] };
  for (const record of records) {
    const envelope = JSON.parse(record.value ?? '{}') as { id?: string; occurredAt?: string };
    if (!envelope.id || !envelope.occurredAt || record.key === null) continue;
    if (seen.has(envelope.id)) {
      report.redelivered += 1;
      continue;
    }
    seen.add(envelope.id);
    const placed = { id: envelope.id, occurredAt: envelope.occurredAt, partition: record.partition, offset: record.offset };
    const previous = lastByKey.get(record.key);
    if (previous && Date.parse(placed.occurredAt) < Date.parse(previous.occurredAt)) {
      report.outOfOrder.push({ key: record.key, earlier: placed, later: previous });
    }
    lastByKey.set(record.key, placed);
  }
  report.keys = lastByKey.size;
  return report;
}
