import { z } from 'zod';
import { defineEvent } from './define-event';

describe('defineEvent', () => {
  it('refuses a type that does not follow <producer>.<entity>.<event>.v<major>', () => {
    expect(() =>
      defineEvent({ type: 'LeadCaptured', producer: 'capture', description: '', consumers: [], payload: z.object({}) }),
    ).toThrow(/producer.*entity.*event/);
  });

  it('refuses a type owned by another producer', () => {
    expect(() =>
      defineEvent({
        type: 'scoring.lead.captured.v1',
        producer: 'capture',
        description: '',
        consumers: [],
        payload: z.object({}),
      }),
    ).toThrow(/must start with its producer capture/);
  });
});
