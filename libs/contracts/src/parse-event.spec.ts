import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventContractViolation, parseEvent } from './parse-event';

const captured = () =>
  JSON.parse(readFileSync(join(__dirname, '..', 'samples', 'capture.lead.captured.v1.json'), 'utf8'));

describe('parseEvent', () => {
  it('rejects an envelope without a UUIDv7 id', () => {
    expect(() => parseEvent({ ...captured(), id: 'not-an-id' })).toThrow(EventContractViolation);
  });

  it('rejects an unknown event type', () => {
    expect(() => parseEvent({ ...captured(), type: 'capture.lead.teleported.v1' })).toThrow(
      /Unknown event type capture.lead.teleported.v1/,
    );
  });

  it('names the payload field that violates the schema', () => {
    const event = captured();
    event.payload.person.email = 'not-an-email';
    expect(() => parseEvent(event)).toThrow(/person\.email/);
  });

  it('drops payload fields the schema does not know', () => {
    const event = captured();
    event.payload.unexpected = true;
    expect(parseEvent(event).payload).not.toHaveProperty('unexpected');
  });
});
