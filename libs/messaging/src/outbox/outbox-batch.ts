import { IHeaders, TopicMessages } from 'kafkajs';
import type { StoredMessage } from '@accord/telemetry';

/** A stored event as the relay claims it; the envelope stays the JSON text it was stored as. */
export interface OutboxRow {
  id: string;
  eventId: string;
  eventType: string;
  topic: string;
  key: string;
  payload: string;
  headers: Record<string, string>;
}

/** Rows in the order they were appended (ids are bigint text). */
export function inAppendOrder(rows: OutboxRow[]): OutboxRow[] {
  return [...rows].sort((left, right) => (BigInt(left.id) < BigInt(right.id) ? -1 : 1));
}

/**
 * Consecutive parts of at most `maxBytes` of keys, envelopes and headers each (a larger row goes alone),
 * so no produce request outgrows what the broker accepts however large the claimed batch.
 */
export function inSendableParts(rows: OutboxRow[], maxBytes: number): OutboxRow[][] {
  const parts: OutboxRow[][] = [];
  let part: OutboxRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = Buffer.byteLength(row.payload) + Buffer.byteLength(row.key) + Buffer.byteLength(JSON.stringify(row.headers));
    if (part.length > 0 && bytes + size > maxBytes) {
      parts.push(part);
      part = [];
      bytes = 0;
    }
    part.push(row);
    bytes += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Groups rows by topic and keeps their order inside each topic, hence inside each key. */
export function toTopicMessages(rows: OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    const topicMessages = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
    const headers: IHeaders = { ...row.headers };
    topicMessages.messages.push({ key: row.key, value: row.payload, headers });
    byTopic.set(row.topic, topicMessages);
  }
  return [...byTopic.values()];
}

/** What the relay's send span of a row may say: ids and names, never the payload. */
export function sentMessage(row: OutboxRow): StoredMessage {
  return {
    headers: row.headers,
    attributes: { topic: row.topic, leadId: row.key, eventType: row.eventType, messageId: row.eventId },
  };
}
