import { AccordEvent, EventPayload, EventType, EventEnvelope } from '@accord/contracts';
import { traceHeaders, withMessageCreationSpan } from '@accord/telemetry';
import { createEvent } from '../event-factory';
import { SqlExecutor } from '../sql-executor';
import { CommitTimeWrites } from '../transaction-hooks';
import { outboxChannel } from './outbox-channel';

/** An event ready to be stored: its envelope and trace headers as the JSON text the relay sends. */
export interface PreparedOutboxRow {
  eventId: string;
  topic: string;
  key: string;
  envelope: string;
  headers: string;
}

/** An event created for a caller that writes its outbox row in a statement of its own (`appendOutboxRows`). */
export interface PreparedEvent<Type extends EventType> {
  event: AccordEvent<Type>;
  row: PreparedOutboxRow;
}

/**
 * CTEs `outbox_appended` and `outbox_notified` that store rows in the order given and wake the relay
 * (PostgreSQL sends one notification per channel per transaction). Their values are `$first` to
 * `$first+4`, as `outboxRowValues` lists them. With `source` (a CTE of the caller's statement with an `id`
 * column) only the rows keyed by one of its ids are stored, so a one-statement change carries the events
 * of what it actually wrote. Name `outbox_notified` in the final SELECT: PostgreSQL skips a SELECT CTE
 * nothing reads.
 */
export function appendOutboxRows(first: number, source?: string): string {
  const [eventIds, topics, keys, envelopes, headers] = [0, 1, 2, 3, 4].map((offset) => `$${first + offset}`);
  return `outbox_appended AS (
      INSERT INTO outbox (event_id, topic, key, payload, headers)
      SELECT row.event_id, row.topic, row.key, row.payload::json, row.headers::jsonb
      FROM unnest(${eventIds}::uuid[], ${topics}::text[], ${keys}::text[], ${envelopes}::text[], ${headers}::text[]) WITH ORDINALITY
           AS row(event_id, topic, key, payload, headers, position)${source ? ` JOIN ${source} ON ${source}.id::text = row.key` : ''}
      ORDER BY row.position
      RETURNING id
    ),
    outbox_notified AS (SELECT pg_notify('${outboxChannel}', '') FROM outbox_appended LIMIT 1)`;
}

export function outboxRowValues(rows: PreparedOutboxRow[]): string[][] {
  return [
    rows.map((row) => row.eventId),
    rows.map((row) => row.topic),
    rows.map((row) => row.key),
    rows.map((row) => row.envelope),
    rows.map((row) => row.headers),
  ];
}

function writeRows(transaction: SqlExecutor, rows: PreparedOutboxRow[]): Promise<number> {
  return transaction.$executeRawUnsafe(`WITH ${appendOutboxRows(1)} SELECT count(*) FROM outbox_notified`, ...outboxRowValues(rows));
}

/**
 * Records events in the caller's transaction; the relay publishes them once it commits. In a
 * transaction run by `runInTransaction` the rows are written together just before it commits.
 */
export class Outbox {
  private readonly rows = new CommitTimeWrites<SqlExecutor, PreparedOutboxRow>(writeRows);

  constructor(
    private readonly producer: string,
    private readonly topicPrefix = '',
  ) {}

  async append<Type extends EventType>(
    transaction: SqlExecutor,
    type: Type,
    payload: EventPayload<Type> & { leadId: string },
    cause?: EventEnvelope,
  ): Promise<AccordEvent<Type>> {
    const { event, row } = await this.prepare(type, payload, cause);
    await this.rows.add(transaction, row);
    return event;
  }

  async prepare<Type extends EventType>(
    type: Type,
    payload: EventPayload<Type> & { leadId: string },
    cause?: EventEnvelope,
  ): Promise<PreparedEvent<Type>> {
    const event = createEvent(type, payload, { producer: this.producer, cause });
    const topic = `${this.topicPrefix}${type}`;
    const attributes = { topic, leadId: payload.leadId, eventType: type, messageId: event.id };
    // The stored headers point at this span, so the message continues the trace that caused it, not the relay's.
    const row = await withMessageCreationSpan(`${topic} create`, attributes, () => ({
      eventId: event.id,
      topic,
      key: payload.leadId,
      envelope: JSON.stringify(event),
      headers: JSON.stringify(traceHeaders()),
    }));
    return { event, row };
  }

}
