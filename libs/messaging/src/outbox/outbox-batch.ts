import { IHeaders, TopicMessages } from 'kafkajs';
import type { StoredMessage } from '@accord/telemetry';

export interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  payload: unknown;
  headers: Record<string, string>;
}

/** Groups rows by topic and keeps their order inside each topic, hence inside each key. */
export function toTopicMessages(rows: OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const row of rows) {
    const topicMessages = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
    const headers: IHeaders = { ...row.headers };
    topicMessages.messages.push({ key: row.key, value: JSON.stringify(row.payload), headers });
    byTopic.set(row.topic, topicMessages);
  }
  return [...byTopic.values()];
}

interface StoredEnvelope {
  id?: string;
  type?: string;
}

/** What the relay's send span of a row may say: ids and names, never the payload. */
export function sentMessage(row: OutboxRow): StoredMessage {
  const envelope = (row.payload ?? {}) as StoredEnvelope;
  return {
    headers: row.headers,
    attributes: { topic: row.topic, leadId: row.key, eventType: envelope.type, messageId: envelope.id },
  };
}
