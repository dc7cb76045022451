import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KafkaMessage } from 'kafkajs';
import { EventContractViolation } from '@accord/contracts';
import { decodeMessage } from './decode-message';
import { MalformedMessageError } from './failure-classification';

const sample = readFileSync(
  join(__dirname, '..', '..', '..', 'contracts', 'samples', 'capture.lead.captured.v1.json'),
  'utf8',
);
const messageWith = (value: string | null): KafkaMessage => ({
  key: null,
  headers: {},
  value: value === null ? null : Buffer.from(value),
  offset: '0',
  timestamp: '0',
  attributes: 0,
});

describe('decodeMessage', () => {
  it('returns the contract-checked event', () => {
    expect(decodeMessage('capture.lead.captured.v1', messageWith(sample)).payload).toMatchObject({
      isTest: false,
    });
  });

  it('refuses an empty value, non-JSON and an event on the wrong topic as malformed', () => {
    expect(() => decodeMessage('capture.lead.captured.v1', messageWith(null))).toThrow(MalformedMessageError);
    expect(() => decodeMessage('capture.lead.captured.v1', messageWith('{nope'))).toThrow(MalformedMessageError);
    expect(() => decodeMessage('scoring.lead.scored.v1', messageWith(sample))).toThrow(/does not belong on topic/);
  });

  it('refuses a payload that breaks its schema as a contract violation', () => {
    const broken = JSON.parse(sample);
    delete broken.payload.leadId;
    expect(() => decodeMessage('capture.lead.captured.v1', messageWith(JSON.stringify(broken)))).toThrow(
      EventContractViolation,
    );
  });
});
