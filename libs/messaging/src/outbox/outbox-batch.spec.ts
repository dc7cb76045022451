import { inAppendOrder, OutboxRow, toTopicMessages } from './outbox-batch';

const row = (id: string, topic: string, key: string): OutboxRow => ({
  id,
  eventId: `event-${id}`,
  eventType: 'capture.lead.captured.v1',
  topic,
  key,
  payload: JSON.stringify({ id }),
  headers: { traceparent: id },
});

describe('toTopicMessages', () => {
  it('groups by topic and keeps the outbox order within each topic', () => {
    const batches = toTopicMessages([row('1', 'a', 'k1'), row('2', 'b', 'k1'), row('3', 'a', 'k1'), row('4', 'a', 'k2')]);
    expect(batches.map((batch) => batch.topic)).toEqual(['a', 'b']);
    expect(batches[0].messages.map((message) => JSON.parse(String(message.value)).id)).toEqual(['1', '3', '4']);
    expect(batches[0].messages[0]).toMatchObject({ key: 'k1', headers: { traceparent: '1' } });
  });

  it('sends the stored envelope text as it is', () => {
    const [batch] = toTopicMessages([{ ...row('1', 'a', 'k1'), payload: '{"id":"1", "spaced":true}' }]);
    expect(batch.messages[0].value).toBe('{"id":"1", "spaced":true}');
  });
});

describe('inAppendOrder', () => {
  it('orders rows by their numeric id, not as text', () => {
    expect(inAppendOrder([row('10', 'a', 'k'), row('9', 'a', 'k'), row('100', 'a', 'k')]).map((each) => each.id)).toEqual(['9', '10', '100']);
  });
});
