import { AccordEvent, EventPayload, EventType, EventEnvelope } from '@accord/contracts';
import { traceHeaders, withMessageCreationSpan } from '@accord/telemetry';
import { createEvent } from '../event-factory';
import { SqlExecutor } from '../sql-executor';
import { outboxChannel } from './outbox-channel';

// One round trip: the row and the relay's wake-up (PostgreSQL sends one notification per channel per transaction).
const appendAndNotify = `
  WITH appended AS (
    INSERT INTO outbox (event_id, topic, key, payload, headers) VALUES ($1::uuid, $2, $3, $4::jsonb, $5::jsonb) RETURNING id
  )
  SELECT pg_notify('${outboxChannel}', '') FROM appended`;

/** Records events in the caller's transaction; the relay publishes them once it commits. */
export class Outbox {
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
    const event = createEvent(type, payload, { producer: this.producer, cause });
    const topic = `${this.topicPrefix}${type}`;
    const attributes = { topic, leadId: payload.leadId, eventType: type, messageId: event.id };
    // The stored headers point at this span, so the message continues the trace that caused it, not the relay's.
    await withMessageCreationSpan(`${topic} create`, attributes, () =>
      transaction.$executeRawUnsafe(appendAndNotify, event.id, topic, payload.leadId, JSON.stringify(event), JSON.stringify(traceHeaders())),
    );
    return event;
  }
}
