import { AccordEvent, EventPayload, EventType, EventEnvelope } from '@accord/contracts';
import { traceHeaders, withMessageCreationSpan } from '@accord/telemetry';
import { createEvent } from '../event-factory';
import { SqlExecutor } from '../sql-executor';
import { beforeCommit } from '../transaction-hooks';
import { outboxChannel } from './outbox-channel';

/** An event ready to be stored: its envelope and trace headers as the JSON text the relay sends. */
export interface PreparedOutboxRow {
  eventId: string;
  topic: string;
  key: string;
  envelope: string;
  headers: string;
}

/** An event created for a caller that writes its outbox row in a statement of its own (`appendOutboxRowFor`). */
export interface PreparedEvent<Type extends EventType> {
  event: AccordEvent<Type>;
  row: PreparedOutboxRow;
}

// One round trip for all of a transaction's rows and the relay's wake-up (PostgreSQL sends one
// notification per channel per transaction); ids follow the order of appending.
const appendAndNotify = `
  WITH appended AS (
    INSERT INTO outbox (event_id, topic, key, payload, headers)
    SELECT row.event_id, row.topic, row.key, row.payload::jsonb, row.headers::jsonb
    FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
         AS row(event_id, topic, key, payload, headers, position)
    ORDER BY row.position
    RETURNING id
  )
  SELECT pg_notify('${outboxChannel}', '') FROM appended LIMIT 1`;

/**
 * CTEs for a caller's own statement that store one prepared row for each row of `source` (a CTE of
 * that statement holding at most one row) and wake the relay. Name `outbox_notified` in the final
 * SELECT: PostgreSQL skips a SELECT CTE nothing reads. The row's values are `$first` to `$first+4`
 * in the order of `outboxRowValues`.
 */
export function appendOutboxRowFor(source: string, first: number): string {
  const [eventId, topic, key, envelope, headers] = [0, 1, 2, 3, 4].map((offset) => `$${first + offset}`);
  return `outbox_appended AS (
      INSERT INTO outbox (event_id, topic, key, payload, headers)
      SELECT ${eventId}::uuid, ${topic}, ${key}, ${envelope}::jsonb, ${headers}::jsonb FROM ${source} RETURNING id
    ),
    outbox_notified AS (SELECT pg_notify('${outboxChannel}', '') FROM outbox_appended)`;
}

export function outboxRowValues(row: PreparedOutboxRow): string[] {
  return [row.eventId, row.topic, row.key, row.envelope, row.headers];
}

function writeRows(transaction: SqlExecutor, rows: PreparedOutboxRow[]): Promise<number> {
  return transaction.$executeRawUnsafe(
    appendAndNotify,
    rows.map((row) => row.eventId),
    rows.map((row) => row.topic),
    rows.map((row) => row.key),
    rows.map((row) => row.envelope),
    rows.map((row) => row.headers),
  );
}

/**
 * Records events in the caller's transaction; the relay publishes them once it commits. In a
 * transaction run by `runInTransaction` the rows are written together just before it commits.
 */
export class Outbox {
  private readonly pending = new WeakMap<object, PreparedOutboxRow[]>();

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
    await this.keep(transaction, row);
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

  private async keep(transaction: SqlExecutor, row: PreparedOutboxRow): Promise<void> {
    const pending = this.pending.get(transaction);
    if (pending) {
      pending.push(row);
      return;
    }
    const rows = [row];
    if (beforeCommit(transaction, () => writeRows(transaction, rows).then(() => undefined))) this.pending.set(transaction, rows);
    else await writeRows(transaction, rows);
  }
}
