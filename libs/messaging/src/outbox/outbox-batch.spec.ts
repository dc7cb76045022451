import { inAppendOrder, inSendableParts, OutboxRow, toTopicMessages } from './outbox-batch';

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

describe('inSendableParts', () => {
  const sized = (id: string, bytes: number): OutboxRow => ({ ...row(id, 'a', 'k'), payload: 'x'.repeat(bytes), headers: {} });
  // Each row's size is its payload, its one-byte key and its two-byte empty headers.
  const ids = (parts: OutboxRow[][]) => parts.map((part) => part.map((each) => each.id));

  it('keeps a batch within the budget whole', () => {
    expect(ids(inSendableParts([sized('1', 97), sized('2', 97)], 200))).toEqual([['1', '2']]);
  });

  it('starts a new part, in order, where the next row would pass the budget', () => {
    expect(ids(inSendableParts([sized('1', 97), sized('2', 97), sized('3', 97), sized('4', 10)], 200))).toEqual([['1', '2'], ['3', '4']]);
  });

  it('sends a row larger than the budget on its own rather than never', () => {
    expect(ids(inSendableParts([sized('1', 10), sized('2', 500), sized('3', 10)], 200))).toEqual([['1'], ['2'], ['3']]);
  });
});
