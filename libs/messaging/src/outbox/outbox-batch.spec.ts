import { toTopicMessages } from './outbox-batch';

const row = (id: string, topic: string, key: string) => ({ id, topic, key, payload: { id }, headers: { traceparent: id } });

describe('toTopicMessages', () => {
  it('groups by topic and keeps the outbox order within each topic', () => {
    const batches = toTopicMessages([row('1', 'a', 'k1'), row('2', 'b', 'k1'), row('3', 'a', 'k1'), row('4', 'a', 'k2')]);
    expect(batches.map((batch) => batch.topic)).toEqual(['a', 'b']);
    expect(batches[0].messages.map((message) => JSON.parse(String(message.value)).id)).toEqual(['1', '3', '4']);
    expect(batches[0].messages[0]).toMatchObject({ key: 'k1', headers: { traceparent: '1' } });
  });
});
