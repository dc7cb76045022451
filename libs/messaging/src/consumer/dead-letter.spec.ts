import { KafkaMessage } from 'kafkajs';
import { toDeadLetter } from './dead-letter';

const message: KafkaMessage = {
  key: Buffer.from('lead-1'),
  value: Buffer.from('{not json'),
  headers: { traceparent: Buffer.from('00-abc-def-01') },
  offset: '42',
  timestamp: '0',
  attributes: 0,
};

describe('toDeadLetter', () => {
  it('keeps key, value and headers and says where the message failed and why', () => {
    const { topic, message: dead } = toDeadLetter({
      topic: 'capture.lead.captured.v1',
      partition: 2,
      message,
      consumerGroup: 'enrichment',
      error: new SyntaxError('Unexpected token n'),
      attempts: 1,
    });
    expect(topic).toBe('capture.lead.captured.v1.dlq');
    expect(dead.key).toEqual(message.key);
    expect(dead.value).toEqual(message.value);
    expect(dead.headers).toMatchObject({
      traceparent: message.headers?.traceparent,
      'x-dlq-error': 'Unexpected token n',
      'x-dlq-error-class': 'SyntaxError',
      'x-dlq-original-topic': 'capture.lead.captured.v1',
      'x-dlq-original-partition': '2',
      'x-dlq-original-offset': '42',
      'x-dlq-consumer-group': 'enrichment',
      'x-dlq-attempts': '1',
    });
  });
});
