import { DeadLetterRecord, deadLetterCauseOf, eventSummaryOf, headersToStrings, withoutDeadLetterHeaders } from './dead-letter-record';
import { selectDeadLetters } from './dead-letter-selection';

const envelope = {
  id: '01a21951-b8a6-79ed-94df-96cb7b4ade87',
  type: 'capture.lead.captured.v1',
  payload: { leadId: '01a21951-b8a5-735f-864f-858935f4074f', person: { email: 'ada@example.nl' } },
};

const record = (offset: string, error: string, id: string | null): DeadLetterRecord => ({
  topic: 't.dlq',
  partition: 0,
  offset,
  timestamp: '2026-11-20T14:05:00.000Z',
  key: null,
  value: null,
  headers: {},
  cause: { ...deadLetterCauseOf({}), error },
  event: { id, type: null, leadId: null },
});

describe('dead-letter records', () => {
  it('reads the x-dlq-* headers into a cause', () => {
    const headers = headersToStrings({
      traceparent: Buffer.from('00-abc-def-01'),
      'x-dlq-error': Buffer.from('boom'),
      'x-dlq-error-class': 'UnprocessableEventError',
      'x-dlq-original-topic': 'capture.lead.captured.v1',
      'x-dlq-original-partition': '2',
      'x-dlq-original-offset': '41',
      'x-dlq-consumer-group': 'enrichment',
      'x-dlq-attempts': '5',
    });
    expect(deadLetterCauseOf(headers)).toEqual({
      error: 'boom',
      errorClass: 'UnprocessableEventError',
      originalTopic: 'capture.lead.captured.v1',
      originalPartition: 2,
      originalOffset: '41',
      consumerGroup: 'enrichment',
      attempts: 5,
      failedAt: null,
    });
    expect(withoutDeadLetterHeaders(headers)).toEqual({ traceparent: '00-abc-def-01' });
  });

  it('summarises an envelope by its ids only, and anything else as nulls', () => {
    const summary = eventSummaryOf(Buffer.from(JSON.stringify(envelope)));
    expect(summary).toEqual({ id: envelope.id, type: envelope.type, leadId: envelope.payload.leadId });
    expect(JSON.stringify(summary)).not.toContain('ada@example.nl');
    expect(eventSummaryOf(Buffer.from('{not json'))).toEqual({ id: null, type: null, leadId: null });
    expect(eventSummaryOf(Buffer.from('null'))).toEqual({ id: null, type: null, leadId: null });
    expect(eventSummaryOf(null)).toEqual({ id: null, type: null, leadId: null });
  });

  it('selects by offset, event id or a case-insensitive part of the error', () => {
    const records = [record('1', 'Payload invalid at /leadId', 'a'), record('2', 'timeout talking to db', 'b'), record('3', 'INVALID type', 'c')];
    expect(selectDeadLetters(records, { all: true })).toHaveLength(3);
    expect(selectDeadLetters(records, { offset: '2' }).map((found) => found.event.id)).toEqual(['b']);
    expect(selectDeadLetters(records, { offset: '2', partition: 1 })).toEqual([]);
    expect(selectDeadLetters(records, { eventId: 'c' }).map((found) => found.offset)).toEqual(['3']);
    expect(selectDeadLetters(records, { errorContains: 'invalid' }).map((found) => found.offset)).toEqual(['1', '3']);
  });
});
